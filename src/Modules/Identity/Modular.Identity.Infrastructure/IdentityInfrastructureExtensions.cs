using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Infrastructure.Events;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Modules;

namespace Modular.Identity.Infrastructure;

public static class IdentityInfrastructureExtensions
{
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleInfrastructure<IdentityDbContext, IdentityIntegrationEventMapper>(
            configuration,
            IdentityModuleInfo.Name,
            IdentityModuleInfo.Schema,
            IntegrationEvents.AssemblyReference.Assembly,
            Application.AssemblyReference.Assembly);
}
