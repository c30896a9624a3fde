using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Accounts;
using Modular.Identity.Application.Accounts.ChangeRoles;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Accounts.ChangeRoles;

internal static class ChangeRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPut("/users/{id:uuid}/roles", async (
                Guid id,
                ChangeRolesRequest request,
                ICommandHandler<ChangeRolesCommand, AccountSummary> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(request.Adapt<ChangeRolesCommand>() with { UserId = id }, cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("ChangeUserRoles")
            .WithSummary("Replaces an account's roles (user is always kept). Admin only.")
            .WithDescription(
                "The answer shows the roles as stored: `user` is always added and duplicates are merged (`[]` and `[\"user\",\"user\"]` give `[\"user\"]`). "
                + "The account's access tokens issued before the change are refused (401) within 5 s: its client refreshes to get one with the new roles. "
                + "409 when another change of the same account's roles committed first, or when it would take admin from the only active administrator.")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .Produces<AccountSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
