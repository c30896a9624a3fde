using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Users.Infrastructure.Events;
using Modular.Users.Infrastructure.Persistence;

namespace Modular.Users.Infrastructure;

public static class UsersInfrastructureExtensions
{
    public static IServiceCollection AddUsersInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<UsersDbContext>(configuration, UsersModuleInfo.Name, UsersModuleInfo.Schema);
        services.AddIntegrationEventMapper<UsersIntegrationEventMapper>(UsersModuleInfo.Schema);
        services.AddPublishedIntegrationEvents(IntegrationEvents.AssemblyReference.Assembly);
        services.AddIntegrationEventHandlers<UsersDbContext>(UsersModuleInfo.Name, Application.AssemblyReference.Assembly);
        return services;
    }
}
