using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.Infrastructure.Events;
using Modular.Orders.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Orders.Infrastructure;

public static class OrdersInfrastructureExtensions
{
    public static IServiceCollection AddOrdersInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrdersDbContext>(configuration, OrdersModuleInfo.Name, OrdersModuleInfo.Schema);
        services.AddIntegrationEventMapper<OrdersIntegrationEventMapper>(OrdersModuleInfo.Schema);
        services.AddPublishedIntegrationEvents(IntegrationEvents.AssemblyReference.Assembly);
        services.AddIntegrationEventHandlers<OrdersDbContext>(OrdersModuleInfo.Name, Application.AssemblyReference.Assembly);
        return services;
    }
}
