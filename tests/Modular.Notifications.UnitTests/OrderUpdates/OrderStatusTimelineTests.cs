using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.UnitTests.OrderUpdates;

public sealed class OrderStatusTimelineTests
{
    private static readonly DateTimeOffset Placed = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Confirmed = Placed.AddMilliseconds(40);
    private static readonly DateTimeOffset Cancelled = Placed.AddMinutes(5);
    private readonly Guid _orderId = Guid.CreateVersion7();
    private readonly Guid _owner = Guid.CreateVersion7();

    [Fact]
    public void Changes_arriving_in_order_are_each_told_in_that_order()
    {
        var timeline = Fresh();

        Assert.Equal([(OrderStatus.Pending, Placed)], Told(timeline.Tell([Change(OrderStatus.Pending, Placed)])));
        Assert.Equal([(OrderStatus.Confirmed, Confirmed)], Told(timeline.Tell([Change(OrderStatus.Confirmed, Confirmed)])));
        Assert.Equal([(OrderStatus.Cancelled, Cancelled)], Told(timeline.Tell([Change(OrderStatus.Cancelled, Cancelled)])));
        Assert.Equal(OrderStatus.Cancelled, timeline.Told);
    }

    [Fact]
    public void Changes_reordered_within_one_batch_are_told_in_lifecycle_order()
    {
        var told = Fresh().Tell([Change(OrderStatus.Cancelled, Cancelled), Change(OrderStatus.Confirmed, Confirmed), Change(OrderStatus.Pending, Placed)]);

        Assert.Equal([(OrderStatus.Pending, Placed), (OrderStatus.Confirmed, Confirmed), (OrderStatus.Cancelled, Cancelled)], Told(told));
    }

    [Fact]
    public void A_confirmation_in_an_earlier_batch_than_its_placement_is_preceded_by_pending_and_the_placement_then_tells_nothing()
    {
        var timeline = Fresh();

        var first = timeline.Tell([Change(OrderStatus.Confirmed, Confirmed)]);
        var late = timeline.Tell([Change(OrderStatus.Pending, Placed)]);

        Assert.Equal([(OrderStatus.Pending, Confirmed), (OrderStatus.Confirmed, Confirmed)], Told(first));
        Assert.All(first, change => Assert.Equal(_owner, change.RecipientId));
        Assert.Empty(late);
        Assert.Equal(OrderStatus.Confirmed, timeline.Told);
    }

    [Fact]
    public void A_placement_redelivered_after_the_confirmation_tells_nothing()
    {
        var timeline = OrderStatusTimeline.Resume(_orderId, OrderStatus.Confirmed);

        Assert.Empty(timeline.Tell([Change(OrderStatus.Pending, Placed)]));
        Assert.Empty(timeline.Tell([Change(OrderStatus.Confirmed, Confirmed)]));
        Assert.Equal(OrderStatus.Confirmed, timeline.Told);
    }

    [Fact]
    public void A_confirmation_arriving_after_the_cancellation_tells_nothing()
    {
        var timeline = OrderStatusTimeline.Resume(_orderId, OrderStatus.Pending);

        Assert.Equal([(OrderStatus.Cancelled, Cancelled)], Told(timeline.Tell([Change(OrderStatus.Cancelled, Cancelled)])));
        Assert.Empty(timeline.Tell([Change(OrderStatus.Confirmed, Confirmed)]));
        Assert.Equal(OrderStatus.Cancelled, timeline.Told);
    }

    [Fact]
    public void A_cancellation_of_an_order_never_told_about_is_told_alone()
    {
        var told = Fresh().Tell([Change(OrderStatus.Cancelled, Cancelled)]);

        Assert.Equal([(OrderStatus.Cancelled, Cancelled)], Told(told));
    }

    [Fact]
    public void The_same_state_twice_in_one_batch_is_told_once()
    {
        var told = Fresh().Tell([Change(OrderStatus.Pending, Placed), Change(OrderStatus.Pending, Placed.AddSeconds(1))]);

        Assert.Equal([(OrderStatus.Pending, Placed)], Told(told));
    }

    [Fact]
    public void Nothing_arrived_tells_nothing_and_moves_nothing()
    {
        var timeline = OrderStatusTimeline.Resume(_orderId, OrderStatus.Pending);

        Assert.Empty(timeline.Tell([]));
        Assert.Equal(OrderStatus.Pending, timeline.Told);
    }

    [Fact]
    public void A_change_of_another_order_is_refused() =>
        Assert.Throws<ArgumentException>(() =>
            Fresh().Tell([OrderStatusChange.OfOwnOrder(Guid.CreateVersion7(), _owner, OrderStatus.Pending, Placed)]));

    [Fact]
    public void A_timeline_needs_an_order_and_a_known_state()
    {
        Assert.Throws<ArgumentException>(() => OrderStatusTimeline.Resume(Guid.Empty, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatusTimeline.Resume(_orderId, (OrderStatus)7));
    }

    private static List<(OrderStatus Status, DateTimeOffset OccurredAt)> Told(IEnumerable<OrderStatusChange> changes) =>
        [.. changes.Select(change => (change.Status, change.OccurredAt))];

    private OrderStatusTimeline Fresh() => OrderStatusTimeline.Resume(_orderId, told: null);

    private OrderStatusChange Change(OrderStatus status, DateTimeOffset occurredAt) => OrderStatusChange.OfOwnOrder(_orderId, _owner, status, occurredAt);
}
