using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Application.Events;

namespace Modular.Notifications.Application.OrderUpdates;

/// <summary>
/// Tells an order's owner about each state the Orders module reports. One handler for the three events gives them one
/// queue and one batcher, which applies them in arrival order, so a placement is pushed before its confirmation (the
/// outbox relays them in that order). Batched (ADR 0025): under load one inbox transaction covers every event that
/// arrived while the previous one committed, instead of a transaction per event; a redelivered event (same event id)
/// is dropped before it reaches here.
/// </summary>
[HandledInArrivalOrder]
internal sealed class NotifyOrderStatusChangedHandler(IOrderStatusNotifier notifier) :
    IIntegrationEventBatchHandler<OrderPlaced>,
    IIntegrationEventBatchHandler<OrderConfirmed>,
    IIntegrationEventBatchHandler<OrderCancelled>
{
    public Task HandleAsync(IReadOnlyList<OrderPlaced> integrationEvents, CancellationToken cancellationToken) =>
        NotifyAsync(integrationEvents.Select(placed => Change(placed.OrderId, placed.UserId, OrderStatus.Pending, placed.OccurredAt)), cancellationToken);

    public Task HandleAsync(IReadOnlyList<OrderConfirmed> integrationEvents, CancellationToken cancellationToken) =>
        NotifyAsync(integrationEvents.Select(confirmed => Change(confirmed.OrderId, confirmed.UserId, OrderStatus.Confirmed, confirmed.OccurredAt)), cancellationToken);

    public Task HandleAsync(IReadOnlyList<OrderCancelled> integrationEvents, CancellationToken cancellationToken) =>
        NotifyAsync(integrationEvents.Select(cancelled => Change(cancelled.OrderId, cancelled.UserId, OrderStatus.Cancelled, cancelled.OccurredAt)), cancellationToken);

    private static OrderStatusChange Change(Guid orderId, Guid ownerId, OrderStatus status, DateTimeOffset occurredAt) =>
        OrderStatusChange.OfOwnOrder(orderId, ownerId, status, occurredAt);

    /// <summary>One after the other, in the events' order: a later push never overtakes an earlier one of the same order.</summary>
    private async Task NotifyAsync(IEnumerable<OrderStatusChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            await notifier.NotifyAsync(change, cancellationToken);
        }
    }
}
