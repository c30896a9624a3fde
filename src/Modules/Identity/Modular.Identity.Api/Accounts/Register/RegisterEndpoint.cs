using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Accounts.Register;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.RateLimiting;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Accounts.Register;

internal static class RegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/register", async (
                RegisterRequest request,
                ICommandHandler<RegisterCommand, RegisteredAccount> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(request.Adapt<RegisterCommand>(), cancellationToken);
                return result.ToHttpResult(httpContext, account => TypedResults.Created($"/api/users/{account.Id}", account));
            })
            .WithName("Register")
            .WithSummary("Creates an account with the user role.")
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<RegisteredAccount>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
