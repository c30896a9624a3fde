using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.Infrastructure;
using Modular.Shared.Infrastructure.Modules;

namespace Modular.Orders.Api;

/// <summary>The Orders module as the host sees it: one call to register its services, one to map its endpoints.</summary>
public static class OrdersModule
{
    public static IServiceCollection AddOrdersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddOrdersInfrastructure(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
