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
        users.MapGet("/{id:uuid}", async (
                Guid id,
                ClaimsPrincipal caller,
                IQueryHandler<GetProfileQuery, ProfileResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new GetProfileQuery(id, caller.GetUserId(), caller.IsAdmin()), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("GetUser")
            .WithSummary("A user's profile: the user themself or an admin.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces<ProfileResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
