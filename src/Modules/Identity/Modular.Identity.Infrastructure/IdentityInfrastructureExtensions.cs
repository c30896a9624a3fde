using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Infrastructure.Events;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure;

public static class IdentityInfrastructureExtensions
{
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext>(configuration, IdentityModuleInfo.Name, IdentityModuleInfo.Schema);
        services.AddIntegrationEventMapper<IdentityIntegrationEventMapper>(IdentityModuleInfo.Schema);
        services.AddPublishedIntegrationEvents(IntegrationEvents.AssemblyReference.Assembly);
        services.AddIntegrationEventHandlers<IdentityDbContext>(IdentityModuleInfo.Name, Application.AssemblyReference.Assembly);
        return services;
    }
}
