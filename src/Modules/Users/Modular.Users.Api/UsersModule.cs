using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Modules;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.RateLimiting;
using Modular.Shared.Web.Validation;
using Modular.Users.Api.GraphQL;
using Modular.Users.Api.Profiles.DeleteProfile;
using Modular.Users.Api.Profiles.GetProfile;
using Modular.Users.Api.Profiles.ListProfiles;
using Modular.Users.Api.Profiles.UpdateProfile;
using Modular.Users.Infrastructure;

namespace Modular.Users.Api;

/// <summary>The Users module as the host sees it: one call to register its services (and its GraphQL part), one to map its endpoints.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddUsersInfrastructure(configuration);
        services.AddModuleRequests(AssemblyReference.Assembly);
        services.AddGraphQLSchemaPart<UsersGraphQL>();
        return services;
    }

    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/users")
            .WithTags("Users")
            .RequireRateLimiting(RateLimitPolicies.Api)
            .ValidateRequests();
        ListProfilesEndpoint.Map(users);
        GetProfileEndpoint.Map(users);
        UpdateProfileEndpoint.Map(users);
        DeleteProfileEndpoint.Map(users);
        return endpoints;
    }
}
