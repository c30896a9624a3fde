using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Api.Accounts.ChangeRoles;
using Modular.Identity.Api.Accounts.GetMe;
using Modular.Identity.Api.Accounts.Register;
using Modular.Identity.Api.GraphQL;
using Modular.Identity.Api.Sessions.Login;
using Modular.Identity.Api.Sessions.Logout;
using Modular.Identity.Api.Sessions.Refresh;
using Modular.Identity.Infrastructure;
using Modular.Shared.Infrastructure.Modules;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.Modules;
using Modular.Shared.Web.Validation;

namespace Modular.Identity.Api;

/// <summary>The Identity module as the host sees it: one call to register its services (and its GraphQL part), one to map its endpoints.</summary>
public sealed class IdentityModule : IModule
{
    public const string RoutePrefix = "/api/identity";

    public static string Name => "Identity";

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddIdentityInfrastructure(configuration);
        services.AddModuleRequests(AssemblyReference.Assembly);
        services.AddGraphQLSchemaPart<IdentityGraphQL>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var identity = endpoints.MapGroup(RoutePrefix).WithTags("Identity").ValidateRequests();
        RegisterEndpoint.Map(identity);
        LoginEndpoint.Map(identity);
        RefreshEndpoint.Map(identity);
        LogoutEndpoint.Map(identity);
        GetMeEndpoint.Map(identity);
        ChangeRolesEndpoint.Map(identity);
    }
}
