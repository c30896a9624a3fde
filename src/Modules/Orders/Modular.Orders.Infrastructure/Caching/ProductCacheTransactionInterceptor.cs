using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modular.Orders.Infrastructure.Persistence;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// Tells the product cache when the Orders DbContext's transactions start, commit and roll back. One instance serves
/// every context (the contexts' options, which hold it, are built once): the state is the scope's
/// <see cref="ProductCacheInvalidations"/>, reached through the context the event comes from.
/// </summary>
internal sealed class ProductCacheTransactionInterceptor : DbTransactionInterceptor
{
    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Started(eventData);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Started(eventData);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Committed(eventData);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Committed(eventData).GetAwaiter().GetResult();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData);

    private static ProductCacheInvalidations? Of(TransactionEndEventData eventData) =>
        (eventData.Context as OrdersDbContext)?.ProductCacheInvalidations;

    private static void Started(TransactionEndEventData eventData)
    {
        if (Of(eventData) is { } invalidations)
        {
            invalidations.InTransaction = true;
        }
    }

    private static Task Committed(TransactionEndEventData eventData)
    {
        if (Of(eventData) is not { } invalidations)
        {
            return Task.CompletedTask;
        }

        invalidations.InTransaction = false;
        return invalidations.InvalidateRecordedAsync();
    }

    private static void RolledBack(TransactionEndEventData eventData)
    {
        // What was recorded never committed; invalidating it anyway would only cost a miss, so it is simply dropped.
        if (Of(eventData) is { } invalidations)
        {
            invalidations.InTransaction = false;
            invalidations.Forget();
        }
    }
}
