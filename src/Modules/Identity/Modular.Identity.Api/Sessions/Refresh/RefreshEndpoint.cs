using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Application.Sessions.Refresh;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Sessions.Refresh;

internal static class RefreshEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/refresh", async (
                RefreshRequest request,
                ICommandHandler<RefreshCommand, SessionTokens> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(request.Adapt<RefreshCommand>(), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("RefreshSession")
            .WithSummary("Rotates a refresh token: answers a new access token and a new refresh token; the old one stops working. Presenting it again is 401 and ends the login (its access tokens within 5 seconds).")
            .Produces<SessionTokens>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
