using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Application.Sessions.Login;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.RateLimiting;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Sessions.Login;

internal static class LoginEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/login", async (
                LoginRequest request,
                ICommandHandler<LoginCommand, SessionTokens> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(request.Adapt<LoginCommand>(), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("Login")
            .WithSummary("Exchanges email and password for an access token and a refresh token.")
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<SessionTokens>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
