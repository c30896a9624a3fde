using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.ExpirePendingOrders;

internal sealed class ExpirePendingOrdersHandler(
    IOrderRepository orders,
    OrderCancellation cancellation,
    OrdersOptions options,
    TimeProvider time) : ICommandHandler<ExpirePendingOrdersCommand, int>
{
    public async Task<Result<int>> HandleAsync(ExpirePendingOrdersCommand command, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddMinutes(-options.PendingTimeoutMinutes);
        var expired = await orders.GetPendingSinceForUpdateAsync(cutoff, command.BatchSize, cancellationToken);
        var outcome = await cancellation.CancelAsync(expired, CancellationReasons.PendingTimeout, cancellationToken);
        return outcome.Cancelled.Count;
    }
}
