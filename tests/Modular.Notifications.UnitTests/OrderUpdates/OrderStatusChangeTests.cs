using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.UnitTests.OrderUpdates;

public sealed class OrderStatusChangeTests
{
    [Fact]
    public void The_time_of_the_change_is_kept_as_the_same_instant_in_UTC()
    {
        var occurredAt = new DateTimeOffset(2026, 11, 23, 21, 40, 0, TimeSpan.FromHours(2));

        var change = OrderStatusChange.OfOwnOrder(Guid.CreateVersion7(), Guid.CreateVersion7(), OrderStatus.Confirmed, occurredAt);

        Assert.Equal(TimeSpan.Zero, change.OccurredAt.Offset);
        Assert.Equal(occurredAt, change.OccurredAt);
    }

    [Fact]
    public void The_recipient_is_the_owner()
    {
        var owner = Guid.CreateVersion7();

        var change = OrderStatusChange.OfOwnOrder(Guid.CreateVersion7(), owner, OrderStatus.Pending, DateTimeOffset.UtcNow);

        Assert.Equal(owner, change.RecipientId);
    }

    [Fact]
    public void A_change_without_an_order_or_an_owner_is_refused()
    {
        Assert.Throws<ArgumentException>(() => OrderStatusChange.OfOwnOrder(Guid.Empty, Guid.CreateVersion7(), OrderStatus.Pending, DateTimeOffset.UtcNow));
        Assert.Throws<ArgumentException>(() => OrderStatusChange.OfOwnOrder(Guid.CreateVersion7(), Guid.Empty, OrderStatus.Pending, DateTimeOffset.UtcNow));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatusChange.OfOwnOrder(Guid.CreateVersion7(), Guid.CreateVersion7(), (OrderStatus)42, DateTimeOffset.UtcNow));
    }
}
