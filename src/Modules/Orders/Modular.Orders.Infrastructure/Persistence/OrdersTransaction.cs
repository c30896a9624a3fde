using Ardalis.Result;
using Microsoft.Extensions.Logging;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>
/// Runs work in one transaction of the Orders DbContext: committed when the work succeeds, rolled back when it answers a
/// failed result or throws. A deadlock or serialization failure reruns the whole work on a clean slate. Inside an
/// ambient transaction (an inbox consumer's) the work joins it instead.
/// </summary>
internal sealed partial class OrdersTransaction(OrdersDbContext context, ILogger<OrdersTransaction> logger)
{
    private const int MaxAttempts = 6;

    public async Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(cancellationToken);
                if (result.IsSuccess)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                    context.ChangeTracker.Clear();
                }

                return result;
            }
            catch (Exception exception) when (attempt < MaxAttempts && TransientConflict.Is(exception))
            {
                // A deadlock victim or serialization failure applied nothing: run the whole work again on a clean slate.
                await transaction.RollbackAsync(CancellationToken.None);
                context.ChangeTracker.Clear();
                LogRetry(attempt, exception.GetBaseException().Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orders transaction attempt {Attempt} hit a transient conflict ({Reason}); retrying")]
    private partial void LogRetry(int attempt, string reason);
}
