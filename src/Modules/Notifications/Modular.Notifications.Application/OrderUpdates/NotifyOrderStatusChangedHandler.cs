using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Application.Events;

namespace Modular.Notifications.Application.OrderUpdates;

/// <summary>
/// Tells an order's owner about each state the Orders module reports. One handler for the three events gives them
/// one queue, consumed in arrival order, so a placement is pushed before its confirmation (the outbox relays them in
/// that order). Runs inside the inbox transaction: a redelivered event (same event id) is dropped before it reaches here.
/// </summary>
[HandledInArrivalOrder]
internal sealed class NotifyOrderStatusChangedHandler(IOrderStatusNotifier notifier) :
    IIntegrationEventHandler<OrderPlaced>,
    IIntegrationEventHandler<OrderConfirmed>,
    IIntegrationEventHandler<OrderCancelled>
{
    public Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) =>
        NotifyAsync(integrationEvent.OrderId, integrationEvent.UserId, OrderStatus.Pending, integrationEvent.OccurredAt, cancellationToken);

    public Task HandleAsync(OrderConfirmed integrationEvent, CancellationToken cancellationToken) =>
        NotifyAsync(integrationEvent.OrderId, integrationEvent.UserId, OrderStatus.Confirmed, integrationEvent.OccurredAt, cancellationToken);

    public Task HandleAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) =>
        NotifyAsync(integrationEvent.OrderId, integrationEvent.UserId, OrderStatus.Cancelled, integrationEvent.OccurredAt, cancellationToken);

    private Task NotifyAsync(Guid orderId, Guid ownerId, OrderStatus status, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(OrderStatusChange.OfOwnOrder(orderId, ownerId, status, occurredAt), cancellationToken);
}
