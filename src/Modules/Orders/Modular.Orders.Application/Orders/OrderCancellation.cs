using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Orders;

internal static class OrderCancellation
{
    /// <summary>
    /// Cancels the locked orders that are still pending and gives their stock back in one pass over the products,
    /// in id order, whatever the number of orders. Answers how many were cancelled.
    /// </summary>
    public static async Task<int> CancelPendingAsync(
        IReadOnlyList<Order> lockedOrders,
        string reason,
        DateTimeOffset now,
        IStockLedger stock,
        IProductCache cache,
        CancellationToken cancellationToken)
    {
        var cancelled = lockedOrders.Where(order => order.Status == OrderStatus.Pending && order.Cancel(reason, now) is null).ToList();
        if (cancelled.Count == 0)
        {
            return 0;
        }

        var lines = RequestedLine.Merge(cancelled.SelectMany(order => order.Lines()));
        await stock.RestoreAsync(lines, cancellationToken);
        await cache.InvalidateAsync(lines.Select(line => line.ProductId), cancellationToken);
        return cancelled.Count;
    }
}
