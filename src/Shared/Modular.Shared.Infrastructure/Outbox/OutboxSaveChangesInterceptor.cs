using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// On every save of a DbContext that maps an outbox (every module's), turns the domain events of tracked aggregates
/// into outbox rows (<see cref="OutboxWriter"/>), so the change and the events it caused commit in the same transaction.
/// Handlers never touch the outbox. Once a save that staged rows is done, and when the context's transactions end, it
/// tells <see cref="OutboxCommitSignal"/>, which wakes this process's relay after the commit. A singleton shared by every
/// context (the contexts' options are built once): what it remembers of a save in flight is keyed by the context.
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxWriter writer, OutboxCommitSignal commits)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Staged = new();

    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        StageOutboxMessages(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        StageOutboxMessages(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context, committed: true);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context, committed: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    // A transaction that ended without a commit or rollback event (disposed while open, or its commit failed) rolled
    // back: what its context wrote must not wake the relay at the next commit of that context (contexts are pooled, ADR 0033).
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Ended(eventData.Context, committed: false);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, committed: false);
        return ValueTask.FromResult(result);
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(eventData.Context, committed: false);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    private void StageOutboxMessages(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Take reads the aggregates (and returns at once for a context without an outbox) before a row is added.
        var messages = writer.Take(context, context.ChangeTracker.Entries<IHasDomainEvents>().Select(entry => entry.Entity));
        foreach (var message in messages)
        {
            context.Set<OutboxMessage>().Add(message);
        }

        if (messages.Count > 0)
        {
            _saving.AddOrUpdate(context, Staged);
        }
    }

    /// <summary>
    /// The save wrote its rows. Without a transaction of the caller's, EF's own (or the single statement) has committed
    /// them by now; inside the caller's, they commit with it.
    /// </summary>
    private void Saved(DbContext? context)
    {
        if (context is not null && _saving.Remove(context))
        {
            commits.Written(context);
        }
    }

    /// <summary>
    /// A failed or cancelled save reports nothing: what it wrote rolls back (with the transaction it ran in, if any); the
    /// earlier saves of that transaction reported their rows when they completed.
    /// </summary>
    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void Ended(DbContext? context, bool committed)
    {
        if (context is not null)
        {
            commits.TransactionEnded(context, committed);
        }
    }
}
