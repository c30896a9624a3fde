using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;
using Modular.Users.Application.Profiles.DeleteProfile;

namespace Modular.Users.Api.Profiles.DeleteProfile;

internal static class DeleteProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder users) =>
        users.MapDelete("/{id:uuid}", async (
                Guid id,
                ClaimsPrincipal caller,
                ICommandHandler<DeleteProfileCommand, Unit> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new DeleteProfileCommand(id, caller.GetUserId(), caller.IsAdmin()), cancellationToken);
                return result.ToHttpResult(httpContext, _ => TypedResults.NoContent());
            })
            .WithName("DeleteUser")
            .WithSummary("Deletes a user: the user themself or an admin. The account is disabled and the email released.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
