using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;
using Pagination = Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Orders.ListOrders;

internal sealed class ListOrdersHandler(IOrderReader orders) : IQueryHandler<ListOrdersQuery, Pagination.PagedResult<OrderResponse>>
{
    public async Task<Result<Pagination.PagedResult<OrderResponse>>> HandleAsync(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        var owner = query.CallerIsAdmin ? query.UserId : query.CallerId;
        return await orders.ListAsync(owner, query.Status, query.Page, cancellationToken);
    }
}
