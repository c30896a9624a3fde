using Microsoft.AspNetCore.Mvc;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.ListOrders;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Web.Parameters;

namespace Modular.Orders.Api.Orders.ListOrders;

/// <summary>The filters of <c>GET /api/orders</c> as the query string carries them (paging is <c>PageQuery</c>'s).</summary>
internal sealed record ListOrdersRequest(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "userId")]
    [property: QueryFilterDescription(ListOrdersRequest.UserIdDescription)]
    string? UserId)
{
    internal const string UserIdDescription =
        "Only this user's orders. An admin may name anyone; a non-admin only itself (the same answer as without it): another user's id is 403.";

    /// <summary>The query of a request <see cref="ListOrdersRequestValidator"/> accepted.</summary>
    public ListOrdersQuery ToQuery(Guid callerId, bool callerIsAdmin, PageRequest page)
    {
        OrderStatus? status = OrderStatusNames.TryParse(Status, out var named) ? named : null;
        Guid? userId = Guid.TryParseExact(UserId, "D", out var id) ? id : null;
        return new ListOrdersQuery(callerId, callerIsAdmin, status, userId, page);
    }
}
