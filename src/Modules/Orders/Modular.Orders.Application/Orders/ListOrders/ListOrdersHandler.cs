using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;
using Pagination = Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Orders.ListOrders;

internal sealed class ListOrdersHandler(IOrderRepository orders) : IQueryHandler<ListOrdersQuery, Pagination.PagedResult<OrderResponse>>
{
    public async Task<Result<Pagination.PagedResult<OrderResponse>>> HandleAsync(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        Guid? userId = query.CallerIsAdmin
            ? query.UserId is null ? null : Guid.ParseExact(query.UserId, "D")
            : query.CallerId;
        OrderStatus? status = OrderStatusNames.TryParse(query.Status, out var parsed) ? parsed : null;
        var specification = new OrderListSpecification(userId, status, query.Page);
        var total = await orders.CountAsync(specification, cancellationToken);
        var page = await orders.ListAsync(specification, cancellationToken);
        return Pagination.PagedResult<OrderResponse>.Create([.. page.Select(OrderResponse.From)], query.Page, total);
    }
}
