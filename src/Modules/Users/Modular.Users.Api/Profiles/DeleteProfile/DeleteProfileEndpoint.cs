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
        users.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal caller, HttpContext httpContext, ICommandHandler<DeleteProfileCommand, Unit> handler) =>
                (await handler.HandleAsync(new DeleteProfileCommand(id, caller.GetUserId(), caller.IsAdmin()), httpContext.RequestAborted))
                    .ToHttpResult(httpContext, _ => TypedResults.NoContent()))
            .RequireAuthorization(AuthorizationPolicies.User)
            .WithName("DeleteUser")
            .WithSummary("Deletes a user: the user themself or an admin. The account is disabled and the email released.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
