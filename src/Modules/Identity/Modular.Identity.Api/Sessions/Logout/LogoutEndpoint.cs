using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Sessions.Logout;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Sessions.Logout;

internal static class LogoutEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/logout", async (
                LogoutRequest request,
                ICommandHandler<LogoutCommand, Unit> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(request.Adapt<LogoutCommand>(), cancellationToken);
                return result.ToHttpResult(httpContext, _ => TypedResults.NoContent());
            })
            .WithName("Logout")
            .WithSummary("Revokes the refresh token and every token of its login; idempotent.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
