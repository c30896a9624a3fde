using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Orders.Domain.Orders;

/// <summary>
/// An order and its state machine. Placing it assumes the stock of its lines is already reserved;
/// cancelling it tells the caller which stock to give back, exactly once.
/// </summary>
public sealed class Order : AggregateRoot<Guid>
{
    private readonly List<OrderItem> _items = [];

    private Order(Guid id, Guid userId, DateTimeOffset createdAt)
        : base(id)
    {
        UserId = userId;
        Status = OrderStatus.Pending;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid UserId { get; private set; }

    public OrderStatus Status { get; private set; }

    public decimal Total { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<OrderItem> Items => _items;

    public static Order Place(Guid userId, IReadOnlyCollection<ReservedLine> lines, DateTimeOffset now)
    {
        if (lines.Count == 0)
        {
            throw new ArgumentException("An order has at least one line.", nameof(lines));
        }

        if (lines.Select(line => line.ProductId).Distinct().Count() != lines.Count)
        {
            throw new ArgumentException("Lines must be merged per product before an order is placed.", nameof(lines));
        }

        var order = new Order(IdGenerator.NewId(now), userId, now);
        order._items.AddRange(lines.Select(line => new OrderItem(order.Id, line)));
        order.Total = order._items.Sum(item => item.LineTotal);
        order.Raise(new OrderPlacedDomainEvent(order.Id, userId, order.Total, [.. lines], now));
        return order;
    }

    public BusinessRuleViolation? Confirm(DateTimeOffset now)
    {
        if (Status != OrderStatus.Pending)
        {
            return OrderRules.OnlyPendingOrderCanBeConfirmed(Id, Status);
        }

        Status = OrderStatus.Confirmed;
        UpdatedAt = now;
        Raise(new OrderConfirmedDomainEvent(Id, UserId, now));
        return null;
    }

    /// <summary>
    /// Cancels the order for <paramref name="reason"/> (one of <see cref="CancellationReasons"/>): its owner or an admin
    /// may cancel a pending or confirmed order, the system (timeout, deleted user) only a pending one. On success the
    /// caller gives <see cref="Lines"/> back to stock; a second cancellation is refused, so that happens exactly once.
    /// </summary>
    public BusinessRuleViolation? Cancel(string reason, DateTimeOffset now)
    {
        if (Status == OrderStatus.Cancelled)
        {
            return OrderRules.CancelledOrderCannotBeCancelledAgain(Id);
        }

        if (Status != OrderStatus.Pending && !CancellationReasons.MayCancelConfirmed(reason))
        {
            return OrderRules.OnlyPendingOrderCanBeCancelledBySystem(Id, Status, reason);
        }

        Status = OrderStatus.Cancelled;
        CancellationReason = reason;
        UpdatedAt = now;
        Raise(new OrderCancelledDomainEvent(Id, UserId, reason, now));
        return null;
    }

    /// <summary>The products and quantities this order holds (what a cancellation gives back).</summary>
    public IEnumerable<RequestedLine> Lines() => _items.Select(item => new RequestedLine(item.ProductId, item.Quantity));

    public bool IsVisibleTo(Guid callerId, bool callerIsAdmin) => OrdersOfUserAreVisibleTo(UserId, callerId, callerIsAdmin);

    /// <summary>A user's orders are seen by that user and by admins: the rule of one order and of a list filtered by user.</summary>
    public static bool OrdersOfUserAreVisibleTo(Guid userId, Guid callerId, bool callerIsAdmin) => callerIsAdmin || userId == callerId;
}
