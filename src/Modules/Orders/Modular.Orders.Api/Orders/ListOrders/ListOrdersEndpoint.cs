using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.ListOrders;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Pagination;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Orders.ListOrders;

internal static class ListOrdersEndpoint
{
    public static void Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/", async (
                PageQuery page,
                [AsParameters] ListOrdersRequest request,
                ClaimsPrincipal caller,
                IQueryHandler<ListOrdersQuery, PagedResult<OrderResponse>> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var query = request.ToQuery(caller.GetUserId(), caller.IsAdmin(), page.ToPageRequest());
                var result = await handler.HandleAsync(query, cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("ListOrders")
            .WithSummary("The caller's orders, newest first (an admin: all, or one user's with userId); status filters.")
            .WithDescription("userId: a non-admin may pass only its own id (the same answer as without it); another user's id is 403.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces<PagedResult<OrderResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
