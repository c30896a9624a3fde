using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Application.OrderUpdates;
using Modular.Notifications.Domain.OrderUpdates;
using Modular.Orders.IntegrationEvents;
using NSubstitute;

namespace Modular.Notifications.UnitTests.OrderUpdates;

public sealed class NotifyOrderStatusChangedHandlerTests
{
    private static readonly DateTimeOffset OccurredAt = new(2026, 11, 23, 19, 40, 0, TimeSpan.Zero);
    private readonly RecordingNotifier _notifier = new();
    private readonly InMemoryTimelines _timelines = new();
    private readonly Guid _orderId = Guid.CreateVersion7();
    private readonly Guid _owner = Guid.CreateVersion7();

    [Fact]
    public async Task Each_event_is_told_to_the_owner_with_its_state_and_time()
    {
        var cancelledOrder = Guid.CreateVersion7();

        await BatchAsync(handler => handler.HandleAsync([Placed(_orderId, OccurredAt)], CancellationToken.None));
        await BatchAsync(handler => handler.HandleAsync([Confirmed(_orderId, OccurredAt.AddSeconds(1))], CancellationToken.None));
        await BatchAsync(handler => handler.HandleAsync([new OrderCancelled(Guid.CreateVersion7(), OccurredAt, cancelledOrder, _owner, "out of stock")], CancellationToken.None));

        Assert.Equal(
            [(_orderId, OrderStatus.Pending, OccurredAt), (_orderId, OrderStatus.Confirmed, OccurredAt.AddSeconds(1)), (cancelledOrder, OrderStatus.Cancelled, OccurredAt)],
            _notifier.Sent.Select(change => (change.OrderId, change.Status, change.OccurredAt)));
        Assert.All(_notifier.Sent, change => Assert.Equal(_owner, change.RecipientId));
    }

    [Fact]
    public async Task A_batch_whose_confirmation_came_first_tells_pending_then_confirmed()
    {
        await BatchAsync(
            handler => handler.HandleAsync([Confirmed(_orderId, OccurredAt.AddSeconds(1))], CancellationToken.None),
            handler => handler.HandleAsync([Placed(_orderId, OccurredAt)], CancellationToken.None));

        Assert.Equal([(OrderStatus.Pending, OccurredAt), (OrderStatus.Confirmed, OccurredAt.AddSeconds(1))], _notifier.Sent.Select(change => (change.Status, change.OccurredAt)));
        Assert.Equal(OrderStatus.Confirmed, _timelines.Stored[_orderId]);
    }

    [Fact]
    public async Task What_a_stored_timeline_already_told_is_not_told_again()
    {
        _timelines.Stored[_orderId] = OrderStatus.Confirmed;

        await BatchAsync(handler => handler.HandleAsync([Placed(_orderId, OccurredAt)], CancellationToken.None));

        Assert.Empty(_notifier.Sent);
        Assert.Equal(0, _timelines.Saves.Single());
    }

    [Fact]
    public async Task A_failed_push_fails_the_batch_so_its_events_are_retried()
    {
        var notifier = Substitute.For<IOrderStatusNotifier>();
        notifier.NotifyAsync(Arg.Any<OrderStatusChange>(), Arg.Any<CancellationToken>()).Returns(Task.FromException(new TimeoutException("redis")));
        var handler = new NotifyOrderStatusChangedHandler(notifier, _timelines);
        await handler.HandleAsync([Confirmed(_orderId, OccurredAt)], CancellationToken.None);

        await Assert.ThrowsAsync<TimeoutException>(() => handler.CompleteBatchAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Different_owners_are_told_at_once_and_each_owner_in_order()
    {
        var otherOwner = Guid.CreateVersion7();
        var otherOrder = Guid.CreateVersion7();
        var notifier = new GatedNotifier(firstBlockedOwner: _owner);

        await new NotifyOrderStatusChangedHandler(notifier, _timelines).RunBatchAsync(
            handler => handler.HandleAsync([Placed(_orderId, OccurredAt), Placed(otherOrder, OccurredAt, otherOwner)], CancellationToken.None),
            handler => handler.HandleAsync([Confirmed(_orderId, OccurredAt.AddSeconds(1))], CancellationToken.None));

        // The first owner's first push waited until the other owner's push had started: they went out at once.
        Assert.Equal([otherOwner, _owner, _owner], notifier.Completed.Select(change => change.RecipientId));
        Assert.Equal([OrderStatus.Pending, OrderStatus.Confirmed], notifier.Completed.Where(change => change.RecipientId == _owner).Select(change => change.Status));
    }

    private OrderPlaced Placed(Guid orderId, DateTimeOffset at, Guid? owner = null) => new(Guid.CreateVersion7(), at, orderId, owner ?? _owner, 10m, []);

    private OrderConfirmed Confirmed(Guid orderId, DateTimeOffset at) => new(Guid.CreateVersion7(), at, orderId, _owner);

    private Task BatchAsync(params Func<NotifyOrderStatusChangedHandler, Task>[] runs) =>
        new NotifyOrderStatusChangedHandler(_notifier, _timelines).RunBatchAsync(runs);
}
