using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;
using Modular.Users.Application.Profiles;
using Modular.Users.Application.Profiles.UpdateProfile;

namespace Modular.Users.Api.Profiles.UpdateProfile;

internal static class UpdateProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder users) =>
        users.MapPatch("/{id:uuid}", async (
                Guid id,
                UpdateProfileRequest request,
                ClaimsPrincipal caller,
                ICommandHandler<UpdateProfileCommand, ProfileResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var command = new UpdateProfileCommand(id, request.Name, request.Email, caller.GetUserId(), caller.IsAdmin());
                var result = await handler.HandleAsync(command, cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("UpdateUser")
            .WithSummary("Changes a profile's name and/or email: the user themself or an admin. A taken email is a 409.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Accepts<UpdateProfileRequest>("application/json")
            .Produces<ProfileResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
