using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Accounts;
using Modular.Identity.Application.Accounts.GetMe;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Me;

internal static class MeEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/me", async (
                ClaimsPrincipal user,
                IQueryHandler<GetMeQuery, AccountSummary> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new GetMeQuery(user.GetUserId()), cancellationToken);
                return result.ChallengeWhenUnauthorized(httpContext).ToHttpResult(httpContext);
            })
            .WithName("GetMe")
            .WithSummary("The account behind the access token.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces<AccountSummary>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
