using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.ExpirePendingOrders;

internal sealed class ExpirePendingOrdersHandler(
    IOrdersUnitOfWork unitOfWork,
    IOrderRepository orders,
    IStockLedger stock,
    IProductCache cache,
    OrdersOptions options,
    TimeProvider time) : ICommandHandler<ExpirePendingOrdersCommand, int>
{
    public Task<Result<int>> HandleAsync(ExpirePendingOrdersCommand command, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(
            async token =>
            {
                var now = time.UtcNowMicroseconds();
                var expired = await orders.GetPendingSinceForUpdateAsync(now.AddMinutes(-options.PendingTimeoutMinutes), command.BatchSize, token);
                var cancelled = await OrderCancellation.CancelPendingAsync(expired, CancellationReasons.PendingTimeout, now, stock, cache, token);
                await orders.SaveChangesAsync(token);
                return Result<int>.Success(cancelled);
            },
            cancellationToken);
}
