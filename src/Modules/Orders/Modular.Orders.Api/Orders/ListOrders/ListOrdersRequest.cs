using Microsoft.AspNetCore.Mvc;

namespace Modular.Orders.Api.Orders.ListOrders;

/// <summary>The filters of <c>GET /api/orders</c> as the query string carries them (paging is <c>PageQuery</c>'s).</summary>
internal sealed record ListOrdersRequest([FromQuery(Name = "status")] string? Status, [FromQuery(Name = "userId")] string? UserId);
