using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Api.ChangeRoles;
using Modular.Identity.Api.Login;
using Modular.Identity.Api.Logout;
using Modular.Identity.Api.Me;
using Modular.Identity.Api.Refresh;
using Modular.Identity.Api.Register;
using Modular.Identity.Infrastructure;
using Modular.Shared.Infrastructure.Modules;

namespace Modular.Identity.Api;

/// <summary>The Identity module as the host sees it: one call to register its services, one to map its endpoints.</summary>
public static class IdentityModule
{
    public const string RoutePrefix = "/api/identity";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddIdentityInfrastructure(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).WithTags("Identity");
        RegisterEndpoint.Map(group);
        LoginEndpoint.Map(group);
        RefreshEndpoint.Map(group);
        LogoutEndpoint.Map(group);
        MeEndpoint.Map(group);
        ChangeRolesEndpoint.Map(group);
        return endpoints;
    }
}
