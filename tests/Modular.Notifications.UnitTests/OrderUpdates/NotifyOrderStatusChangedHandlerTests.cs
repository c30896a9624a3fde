using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Application.OrderUpdates;
using Modular.Notifications.Domain.OrderUpdates;
using Modular.Orders.IntegrationEvents;
using NSubstitute;

namespace Modular.Notifications.UnitTests.OrderUpdates;

public sealed class NotifyOrderStatusChangedHandlerTests
{
    private readonly IOrderStatusNotifier _notifier = Substitute.For<IOrderStatusNotifier>();
    private readonly Guid _orderId = Guid.CreateVersion7();
    private readonly Guid _owner = Guid.CreateVersion7();
    private readonly DateTimeOffset _occurredAt = new(2026, 11, 23, 19, 40, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_placed_order_is_told_to_its_owner_as_pending()
    {
        await Handler().HandleAsync(new OrderPlaced(Guid.CreateVersion7(), _occurredAt, _orderId, _owner, 10m, []), CancellationToken.None);

        await ExpectAsync(OrderStatus.Pending);
    }

    [Fact]
    public async Task A_confirmed_order_is_told_to_its_owner_as_confirmed()
    {
        await Handler().HandleAsync(new OrderConfirmed(Guid.CreateVersion7(), _occurredAt, _orderId, _owner), CancellationToken.None);

        await ExpectAsync(OrderStatus.Confirmed);
    }

    [Fact]
    public async Task A_cancelled_order_is_told_to_its_owner_as_cancelled()
    {
        await Handler().HandleAsync(new OrderCancelled(Guid.CreateVersion7(), _occurredAt, _orderId, _owner, "out of stock"), CancellationToken.None);

        await ExpectAsync(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task A_failed_push_fails_the_handling_so_the_event_is_retried()
    {
        _notifier.NotifyAsync(Arg.Any<OrderStatusChange>(), Arg.Any<CancellationToken>()).Returns(Task.FromException(new TimeoutException("redis")));

        await Assert.ThrowsAsync<TimeoutException>(() =>
            Handler().HandleAsync(new OrderConfirmed(Guid.CreateVersion7(), _occurredAt, _orderId, _owner), CancellationToken.None));
    }

    private NotifyOrderStatusChangedHandler Handler() => new(_notifier);

    private Task ExpectAsync(OrderStatus status) =>
        _notifier.Received(1).NotifyAsync(
            Arg.Is<OrderStatusChange>(change => change.OrderId == _orderId && change.RecipientId == _owner && change.Status == status && change.OccurredAt == _occurredAt),
            Arg.Any<CancellationToken>());
}
