using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>Tells the product cache when the Orders DbContext's transactions start, commit and roll back.</summary>
internal sealed class ProductCacheTransactionInterceptor(ProductCacheInvalidations invalidations) : DbTransactionInterceptor
{
    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        invalidations.InTransaction = true;
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        invalidations.InTransaction = true;
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        invalidations.InTransaction = false;
        return invalidations.InvalidateRecordedAsync();
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        invalidations.InTransaction = false;
        invalidations.InvalidateRecordedAsync().GetAwaiter().GetResult();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // What was recorded never committed; invalidating it anyway would only cost a miss, so it is simply dropped.
        invalidations.InTransaction = false;
        invalidations.Forget();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        invalidations.InTransaction = false;
        invalidations.Forget();
    }
}
