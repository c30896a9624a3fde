using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;
using Pagination = Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Orders.ListOrders;

internal sealed class ListOrdersHandler(IOrderReader orders) : IQueryHandler<ListOrdersQuery, Pagination.PagedResult<OrderResponse>>
{
    internal const string ForbiddenUserFilter = "Only an admin may list another user's orders: leave userId out, or pass your own id.";

    public async Task<Result<Pagination.PagedResult<OrderResponse>>> HandleAsync(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        // A filter the caller may not use is refused, never silently dropped: the client would read its own orders as another's.
        if (query.UserId is { } userId && !Order.OrdersOfUserAreVisibleTo(userId, query.CallerId, query.CallerIsAdmin))
        {
            return Result<Pagination.PagedResult<OrderResponse>>.Forbidden(ForbiddenUserFilter);
        }

        var owner = query.CallerIsAdmin ? query.UserId : query.CallerId;
        return await orders.ListAsync(owner, query.Status, query.Page, cancellationToken);
    }
}
