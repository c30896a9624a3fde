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
    public static void MapListOrders(this IEndpointRouteBuilder orders) =>
        orders.MapGet(
                "/",
                async (PageQuery page, string? status, string? userId, IQueryHandler<ListOrdersQuery, PagedResult<OrderResponse>> handler, HttpContext httpContext) =>
                {
                    var query = new ListOrdersQuery(httpContext.User.GetUserId(), httpContext.User.IsAdmin(), status, userId, page.ToPageRequest());
                    return (await handler.HandleAsync(query, httpContext.RequestAborted)).ToHttpResult(httpContext);
                })
            .WithName("ListOrders")
            .WithSummary("The caller's orders, newest first (an admin: all, or one user's with userId); status filters.")
            .Produces<PagedResult<OrderResponse>>()
            .ProducesValidationProblem()
            .RequireAuthorization(AuthorizationPolicies.User);
}
