namespace Modular.Notifications.Domain.OrderUpdates;

/// <summary>
/// What one recipient is told when an order of theirs changes state. The recipient is always the order's owner:
/// nobody else (an admin included) is ever addressed, so one customer never learns about another's orders.
/// </summary>
public sealed record OrderStatusChange
{
    private OrderStatusChange(Guid orderId, Guid recipientId, OrderStatus status, DateTimeOffset occurredAt)
    {
        OrderId = orderId;
        RecipientId = recipientId;
        Status = status;
        OccurredAt = occurredAt;
    }

    public Guid OrderId { get; }

    public Guid RecipientId { get; }

    public OrderStatus Status { get; }

    /// <summary>When the change happened at its source, in UTC whatever offset the event carried.</summary>
    public DateTimeOffset OccurredAt { get; }

    public static OrderStatusChange OfOwnOrder(Guid orderId, Guid ownerId, OrderStatus status, DateTimeOffset occurredAt)
    {
        if (orderId == Guid.Empty)
        {
            throw new ArgumentException("An order status change needs the order's id.", nameof(orderId));
        }

        if (ownerId == Guid.Empty)
        {
            throw new ArgumentException("An order status change needs the owner to address it to.", nameof(ownerId));
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status.");
        }

        return new OrderStatusChange(orderId, ownerId, status, occurredAt.ToUniversalTime());
    }
}
