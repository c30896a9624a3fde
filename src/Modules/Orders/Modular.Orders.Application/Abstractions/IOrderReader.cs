using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Abstractions;

/// <summary>Read-only projections of orders straight to the answer's shape, without loading aggregates.</summary>
internal interface IOrderReader
{
    /// <summary>
    /// Orders newest first (then by id), of <paramref name="userId"/> when given, in <paramref name="status"/> when given,
    /// with their items and the total count. A page past the end is empty, with the total.
    /// </summary>
    Task<PagedResult<OrderResponse>> ListAsync(Guid? userId, OrderStatus? status, PageRequest page, CancellationToken cancellationToken);
}
