using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Identity.Application.Accounts;
using Modular.Identity.Application.Accounts.GetMe;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Identity.Api.Accounts.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapGet("/me", async (
                ClaimsPrincipal caller,
                IQueryHandler<GetMeQuery, AccountSummary> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new GetMeQuery(caller.GetUserId()), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("GetMe")
            .WithSummary("The account behind the access token.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces<AccountSummary>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
