using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;
using Pagination = Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Orders.ListOrders;

internal sealed class ListOrdersHandler(IOrderRepository orders) : IQueryHandler<ListOrdersQuery, Pagination.PagedResult<OrderResponse>>
{
    public async Task<Result<Pagination.PagedResult<OrderResponse>>> HandleAsync(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        var owner = query.CallerIsAdmin ? query.UserId : query.CallerId;
        var specification = new OrderListSpecification(owner, query.Status, query.Page);
        var total = await orders.CountAsync(specification, cancellationToken);
        var page = await orders.ListAsync(specification, cancellationToken);
        return Pagination.PagedResult<OrderResponse>.Create([.. page.Select(OrderResponse.From)], query.Page, total);
    }
}
