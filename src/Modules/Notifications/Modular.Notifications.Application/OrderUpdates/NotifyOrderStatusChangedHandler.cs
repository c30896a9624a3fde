using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Application.Events;

namespace Modular.Notifications.Application.OrderUpdates;

/// <summary>
/// Tells an order's owner about each state the Orders module reports. Batched (ADR 0025): one queue and one inbox
/// transaction for the three events that arrived meanwhile, whatever their order. The order of an order's pushes comes
/// from its stored <see cref="OrderStatusTimeline"/>, not from the order of arrival: the batch's changes are grouped by
/// order, each order's timeline is locked and decides what to tell (lifecycle order, nothing twice, nothing older after
/// something newer), the timelines are saved, then the pushes go out: one owner's in order, different owners' at once.
/// A push that fails fails the batch (the inbox rows and the timelines roll back), so its event is retried.
/// </summary>
internal sealed class NotifyOrderStatusChangedHandler(IOrderStatusNotifier notifier, IOrderStatusTimelines timelines) :
    IIntegrationEventBatchHandler<OrderPlaced>,
    IIntegrationEventBatchHandler<OrderConfirmed>,
    IIntegrationEventBatchHandler<OrderCancelled>,
    IIntegrationEventBatchCompletion
{
    private readonly List<OrderStatusChange> _arrived = [];

    public Task HandleAsync(IReadOnlyList<OrderPlaced> integrationEvents, CancellationToken cancellationToken) =>
        Arrive(integrationEvents.Select(placed => OrderStatusChange.OfOwnOrder(placed.OrderId, placed.UserId, OrderStatus.Pending, placed.OccurredAt)));

    public Task HandleAsync(IReadOnlyList<OrderConfirmed> integrationEvents, CancellationToken cancellationToken) =>
        Arrive(integrationEvents.Select(confirmed => OrderStatusChange.OfOwnOrder(confirmed.OrderId, confirmed.UserId, OrderStatus.Confirmed, confirmed.OccurredAt)));

    public Task HandleAsync(IReadOnlyList<OrderCancelled> integrationEvents, CancellationToken cancellationToken) =>
        Arrive(integrationEvents.Select(cancelled => OrderStatusChange.OfOwnOrder(cancelled.OrderId, cancelled.UserId, OrderStatus.Cancelled, cancelled.OccurredAt)));

    public async Task CompleteBatchAsync(CancellationToken cancellationToken)
    {
        var byOrder = _arrived.GroupBy(change => change.OrderId).ToList();
        _arrived.Clear();
        var locked = await timelines.LockAsync([.. byOrder.Select(changes => changes.Key)], cancellationToken);
        var toTell = new List<OrderStatusChange>();
        var moved = new List<OrderStatusTimeline>();
        foreach (var changes in byOrder)
        {
            var timeline = locked[changes.Key];
            var told = timeline.Tell(changes);
            if (told.Count > 0)
            {
                toTell.AddRange(told);
                moved.Add(timeline);
            }
        }

        await timelines.SaveAsync(moved, cancellationToken);
        await Task.WhenAll(toTell.GroupBy(change => change.RecipientId).Select(owned => TellInOrderAsync(owned, cancellationToken)));
    }

    private Task Arrive(IEnumerable<OrderStatusChange> changes)
    {
        _arrived.AddRange(changes);
        return Task.CompletedTask;
    }

    /// <summary>One owner's changes one after the other: each order's in the order its timeline chose.</summary>
    private async Task TellInOrderAsync(IEnumerable<OrderStatusChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            await notifier.NotifyAsync(change, cancellationToken);
        }
    }
}
