using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Application.Orders;

/// <summary>
/// The one way orders are cancelled, whoever asks (the owner, an admin, the pending-order timeout, a user's deletion):
/// each locked order is cancelled by the aggregate's rule for the reason, the stock of those cancelled goes back in one
/// pass over the products (in id order, whatever the number of orders), and the change is saved. An order the aggregate
/// refuses (already cancelled, or confirmed when the system asks) gives nothing back, so stock is restored exactly once.
/// </summary>
internal sealed class OrderCancellation(IOrderRepository orders, IStockLedger stock, TimeProvider time)
{
    /// <summary>Cancels <paramref name="lockedOrders"/> (row-locked in the current transaction, so concurrent cancellations take turns) for <paramref name="reason"/>.</summary>
    public async Task<CancellationOutcome> CancelAsync(IReadOnlyList<Order> lockedOrders, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cancelled = new List<Order>(lockedOrders.Count);
        var refused = new List<BusinessRuleViolation>();
        foreach (var order in lockedOrders)
        {
            if (order.Cancel(reason, now) is { } violation)
            {
                refused.Add(violation);
            }
            else
            {
                cancelled.Add(order);
            }
        }

        if (cancelled.Count > 0)
        {
            await stock.RestoreAsync(cancelled.SelectMany(order => order.Lines()), now, cancellationToken);
            await orders.SaveChangesAsync(cancellationToken);
        }

        return new CancellationOutcome(cancelled, refused);
    }
}
