using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.GetOrder;

internal sealed class GetOrderHandler(IOrderRepository orders) : IQueryHandler<GetOrderQuery, OrderResponse>
{
    public async Task<Result<OrderResponse>> HandleAsync(GetOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(query.OrderId, cancellationToken);
        // Someone else's order is answered like a missing one: its existence is not revealed.
        return order is null || !order.IsVisibleTo(query.CallerId, query.CallerIsAdmin)
            ? Result<OrderResponse>.NotFound($"Order {query.OrderId} does not exist.")
            : OrderResponse.From(order);
    }
}
