using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;
using Modular.Users.Application.Profiles;
using Modular.Users.Application.Profiles.GetProfile;

namespace Modular.Users.Api.Profiles.GetProfile;

internal static class GetProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder users) =>
        users.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal caller, HttpContext httpContext, IQueryHandler<GetProfileQuery, ProfileResponse> handler) =>
                (await handler.HandleAsync(new GetProfileQuery(id, caller.GetUserId(), caller.IsAdmin()), httpContext.RequestAborted)).ToHttpResult(httpContext))
            .RequireAuthorization(AuthorizationPolicies.User)
            .WithName("GetUser")
            .WithSummary("A user's profile: the user themself or an admin.")
            .Produces<ProfileResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
