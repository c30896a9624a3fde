using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Modules;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.Modules;
using Modular.Shared.Web.Validation;
using Modular.Users.Api.GraphQL;
using Modular.Users.Api.Profiles.DeleteProfile;
using Modular.Users.Api.Profiles.GetProfile;
using Modular.Users.Api.Profiles.ListProfiles;
using Modular.Users.Api.Profiles.UpdateProfile;
using Modular.Users.Infrastructure;

namespace Modular.Users.Api;

/// <summary>The Users module as the host sees it: one call to register its services (and its GraphQL part), one to map its endpoints.</summary>
public sealed class UsersModule : IModule
{
    public static string Name => "Users";

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddUsersInfrastructure(configuration);
        services.AddModuleRequests(AssemblyReference.Assembly);
        services.AddGraphQLSchemaPart<UsersGraphQL>();
    }

    // The general budget is spent through the platform's global limiter (it writes the RateLimit-* headers), unnamed here.
    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/users")
            .WithTags("Users")
            .ValidateRequests();
        ListProfilesEndpoint.Map(users);
        GetProfileEndpoint.Map(users);
        UpdateProfileEndpoint.Map(users);
        DeleteProfileEndpoint.Map(users);
    }
}
