namespace Modular.Notifications.Domain.OrderUpdates;

/// <summary>
/// What one order's owner has been told so far, and the rule for what to tell next. An order's states are told in the
/// order of its lifecycle (pending, then confirmed, then cancelled; cancelled may follow pending directly), each at most
/// once, whatever order the Orders module's events arrive in (MassTransit hands concurrent deliveries over in no fixed
/// order, a retried event comes back later, and instances compete for the queue):
/// <list type="bullet">
/// <item>changes that arrive together are told in lifecycle order;</item>
/// <item>a change at or before the state already told is left out: the owner already knows the order moved past it,
/// and telling it now would show a state the order has left;</item>
/// <item>a confirmation that arrives before anything was told is preceded by the pending it implies (every order is
/// placed pending and confirmed right after), stamped with the confirmation's time, the only one known; the placement's
/// own event, arriving after, is then left out. A cancellation implies no such step: it may come long after the
/// placement was told by an earlier version that kept no timeline.</item>
/// </list>
/// </summary>
public sealed class OrderStatusTimeline
{
    private OrderStatusTimeline(Guid orderId, OrderStatus? told)
    {
        OrderId = orderId;
        Told = told;
    }

    public Guid OrderId { get; }

    /// <summary>The latest state told to the owner; null before the first.</summary>
    public OrderStatus? Told { get; private set; }

    /// <summary>The timeline of an order of which <paramref name="told"/> (null: nothing) has been told so far.</summary>
    public static OrderStatusTimeline Resume(Guid orderId, OrderStatus? told)
    {
        if (orderId == Guid.Empty)
        {
            throw new ArgumentException("A timeline needs the order's id.", nameof(orderId));
        }

        if (told is { } status && !Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(told), told, "Unknown order status.");
        }

        return new OrderStatusTimeline(orderId, told);
    }

    /// <summary>
    /// Takes changes of this order that have arrived (any order, duplicates allowed) and answers what to tell the owner
    /// now, in the order to tell it; <see cref="Told"/> moves to the last of them.
    /// </summary>
    /// <exception cref="ArgumentException">A change of another order.</exception>
    public IReadOnlyList<OrderStatusChange> Tell(IEnumerable<OrderStatusChange> arrived)
    {
        var toTell = new List<OrderStatusChange>();
        foreach (var change in arrived.OrderBy(change => Stage(change.Status)).ThenBy(change => change.OccurredAt))
        {
            if (change.OrderId != OrderId)
            {
                throw new ArgumentException($"A change of order {change.OrderId} does not belong to the timeline of order {OrderId}.", nameof(arrived));
            }

            if (Told is { } told && Stage(change.Status) <= Stage(told))
            {
                continue;
            }

            if (Told is null && change.Status == OrderStatus.Confirmed)
            {
                toTell.Add(OrderStatusChange.OfOwnOrder(OrderId, change.RecipientId, OrderStatus.Pending, change.OccurredAt));
            }

            toTell.Add(change);
            Told = change.Status;
        }

        return toTell;
    }

    /// <summary>The step of the lifecycle a state is: later steps are never followed by earlier ones.</summary>
    private static int Stage(OrderStatus status) => status switch
    {
        OrderStatus.Pending => 0,
        OrderStatus.Confirmed => 1,
        OrderStatus.Cancelled => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status."),
    };
}
