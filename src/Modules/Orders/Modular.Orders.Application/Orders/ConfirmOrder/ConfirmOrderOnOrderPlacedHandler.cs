using Microsoft.Extensions.Logging;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Application.Events;

namespace Modular.Orders.Application.Orders.ConfirmOrder;

/// <summary>
/// The background step after placement: a (simulated) payment, then pending → confirmed. The payment is the event's
/// preparation, outside any transaction: nothing of the database is held while it waits (issue 16). The confirmations
/// are applied in batches (one transaction for the orders placed meanwhile): the orders are row-locked in id order,
/// and an order cancelled in the meantime, or already confirmed by an earlier delivery, is left as it is.
/// </summary>
internal sealed partial class ConfirmOrderOnOrderPlacedHandler(
    IOrderRepository orders,
    OrdersOptions options,
    TimeProvider time,
    ILogger<ConfirmOrderOnOrderPlacedHandler> logger) : IIntegrationEventBatchHandler<OrderPlaced>, IIntegrationEventPreparation<OrderPlaced>
{
    /// <summary>The simulated payment: <c>Orders:PaymentDelayMilliseconds</c> of waiting, and nothing else held.</summary>
    public Task PrepareAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) =>
        options.PaymentDelayMilliseconds > 0
            ? Task.Delay(TimeSpan.FromMilliseconds(options.PaymentDelayMilliseconds), time, cancellationToken)
            : Task.CompletedTask;

    public async Task HandleAsync(IReadOnlyList<OrderPlaced> integrationEvents, CancellationToken cancellationToken)
    {
        var ids = integrationEvents.Select(placed => placed.OrderId).Distinct().ToList();
        var locked = (await orders.GetHeadersForUpdateAsync(ids, cancellationToken)).ToDictionary(order => order.Id);
        var now = time.GetUtcNow();
        foreach (var id in ids)
        {
            if (!locked.TryGetValue(id, out var order))
            {
                LogUnknownOrder(id);
            }
            else if (order.Status != OrderStatus.Pending)
            {
                LogNotPending(order.Id, OrderStatusNames.Of(order.Status));
            }
            else
            {
                order.Confirm(now);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} of an order-placed event does not exist; nothing to confirm")]
    private partial void LogUnknownOrder(Guid orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} is {Status}, no longer pending; not confirmed")]
    private partial void LogNotPending(Guid orderId, string status);
}
