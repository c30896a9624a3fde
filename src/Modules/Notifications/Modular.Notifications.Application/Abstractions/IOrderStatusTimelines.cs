using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.Application.Abstractions;

/// <summary>
/// The stored timelines of the orders whose owners have been told something (one row per order). Works inside the
/// caller's transaction (the inbox batch's).
/// </summary>
internal interface IOrderStatusTimelines
{
    /// <summary>
    /// The timelines of <paramref name="orderIds"/> (a new, empty one for an order never told about), each locked until
    /// the transaction ends, so that two batches, on any instance, never decide for one order at the same time.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, OrderStatusTimeline>> LockAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken);

    /// <summary>Stores what each of <paramref name="timelines"/> has now told.</summary>
    Task SaveAsync(IReadOnlyCollection<OrderStatusTimeline> timelines, CancellationToken cancellationToken);
}
