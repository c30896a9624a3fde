using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Modules;
using Modular.Users.Infrastructure;

namespace Modular.Users.Api;

/// <summary>The Users module as the host sees it: one call to register its services, one to map its endpoints.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddUsersInfrastructure(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
