using Microsoft.Extensions.Logging;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Application.Events;

namespace Modular.Orders.Application.Orders.ConfirmOrder;

/// <summary>
/// The background step after placement: a (simulated) payment, then pending → confirmed. An order cancelled in
/// the meantime, or already confirmed by an earlier delivery, is left as it is.
/// </summary>
internal sealed partial class ConfirmOrderOnOrderPlacedHandler(
    IOrderRepository orders,
    OrdersOptions options,
    TimeProvider time,
    ILogger<ConfirmOrderOnOrderPlacedHandler> logger) : IIntegrationEventHandler<OrderPlaced>
{
    public async Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken)
    {
        if (options.PaymentDelayMilliseconds > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(options.PaymentDelayMilliseconds), time, cancellationToken);
        }

        var order = await orders.GetForUpdateAsync(integrationEvent.OrderId, cancellationToken);
        if (order is null)
        {
            LogUnknownOrder(integrationEvent.OrderId);
            return;
        }

        if (order.Status != OrderStatus.Pending)
        {
            LogNotPending(order.Id, OrderStatusNames.Of(order.Status));
            return;
        }

        order.Confirm(time.GetUtcNow());
        await orders.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} of an order-placed event does not exist; nothing to confirm")]
    private partial void LogUnknownOrder(Guid orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} is {Status}, no longer pending; not confirmed")]
    private partial void LogNotPending(Guid orderId, string status);
}
