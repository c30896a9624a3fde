using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure;

internal static class NotificationsInfrastructureExtensions
{
    /// <summary>
    /// The shared module infrastructure minus what a publisher needs: the DbContext (inbox, the orders' status timelines,
    /// and an outbox table that stays empty; the retention purge covers inbox and outbox) and the event handlers. No mapper
    /// and no published events: the module only listens, so it has no IntegrationEvents project.
    /// </summary>
    public static IServiceCollection AddNotificationsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(configuration, NotificationsModuleInfo.Name, NotificationsModuleInfo.Schema);
        services.AddIntegrationEventHandlers<NotificationsDbContext>(NotificationsModuleInfo.Name, Application.AssemblyReference.Assembly);
        services.AddScoped<IOrderStatusTimelines, OrderStatusTimelineStore>();
        return services;
    }
}
