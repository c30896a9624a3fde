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
            .WithSummary("Ends the login: its refresh tokens stop working at once, its access tokens within 5 seconds (401 everywhere); idempotent.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
