using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.CancelOrder;

internal sealed class CancelOrderHandler(IOrderRepository orders, OrderCancellation cancellation) : ICommandHandler<CancelOrderCommand, OrderResponse>
{
    public async Task<Result<OrderResponse>> HandleAsync(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        // The row lock makes two racing cancellations take turns: the second finds the order cancelled and restores nothing.
        var order = await orders.GetForUpdateAsync(command.OrderId, cancellationToken);
        if (order is null || !order.IsVisibleTo(command.CallerId, command.CallerIsAdmin))
        {
            return Result<OrderResponse>.NotFound($"Order {command.OrderId} does not exist.");
        }

        var reason = order.UserId == command.CallerId ? CancellationReasons.ByCustomer : CancellationReasons.ByAdmin;
        var outcome = await cancellation.CancelAsync([order], reason, cancellationToken);
        return outcome.Refused is [var violation, ..]
            ? Result<OrderResponse>.Conflict(violation.Message)
            : OrderResponse.From(order);
    }
}
