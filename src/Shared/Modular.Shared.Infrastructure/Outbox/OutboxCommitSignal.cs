using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// Wakes the outbox relay of this process, in memory, once outbox rows written here have committed: at once when they
/// were written outside a transaction (PostgreSQL committed them with their statements), else when the DbContext's
/// transaction commits (<see cref="OutboxSaveChangesInterceptor"/> reports its end). A rolled-back transaction wakes
/// nothing. No NOTIFY is sent: a commit that notifies takes PostgreSQL's global notify lock through its WAL flush, which
/// queued every commit with events behind the previous one (ADR 0035). Rows this process never reports (its writer died
/// between the commit and the wake-up) are found by the relays' poll, in this process or another.
/// One per process, shared by every module's writer and relay.
/// </summary>
internal sealed class OutboxCommitSignal
{
    private readonly ConcurrentDictionary<string, Action> _relays = new(StringComparer.Ordinal);

    // The schema of the rows each context wrote inside a transaction still open. Weak: a context disposed with its
    // transaction open (rolled back by PostgreSQL) leaves nothing behind.
    private readonly ConditionalWeakTable<DbContext, string> _uncommitted = [];

    /// <summary>Calls <paramref name="wake"/> whenever rows of the outbox in <paramref name="schema"/> commit here, until disposed.</summary>
    /// <remarks><paramref name="wake"/> runs on the committing thread: it must return at once (signal, never wait).</remarks>
    public IDisposable Subscribe(string schema, Action wake)
    {
        _relays.AddOrUpdate(schema, wake, (_, others) => others + wake);
        return new Subscription(this, schema, wake);
    }

    /// <summary>
    /// Statements that wrote outbox rows ran on <paramref name="context"/>'s connection: outside a transaction they are
    /// committed, and the relay wakes now; inside one, it wakes when that transaction commits.
    /// </summary>
    public void Written(DbContext context)
    {
        var schema = OutboxSchema(context);
        if (context.Database.CurrentTransaction is null)
        {
            Wake(schema);
        }
        else
        {
            _uncommitted.AddOrUpdate(context, schema);
        }
    }

    /// <summary>The transaction of <paramref name="context"/> committed or rolled back: wakes the relay of what it wrote, if it committed.</summary>
    public void TransactionEnded(DbContext context, bool committed)
    {
        if (_uncommitted.TryGetValue(context, out var schema) && _uncommitted.Remove(context) && committed)
        {
            Wake(schema);
        }
    }

    private static string OutboxSchema(DbContext context) =>
        context.Model.FindEntityType(typeof(OutboxMessage))?.GetSchema()
        ?? throw new InvalidOperationException($"{context.GetType().Name} maps no outbox table.");

    private void Wake(string schema)
    {
        if (_relays.TryGetValue(schema, out var wake))
        {
            wake();
        }
    }

    private void Unsubscribe(string schema, Action wake)
    {
        while (_relays.TryGetValue(schema, out var current))
        {
            var remaining = current - wake;
            var replaced = remaining is null
                ? _relays.TryRemove(KeyValuePair.Create(schema, current))
                : _relays.TryUpdate(schema, remaining, current);
            if (replaced)
            {
                return;
            }
        }
    }

    private sealed class Subscription(OutboxCommitSignal signal, string schema, Action wake) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                signal.Unsubscribe(schema, wake);
            }
        }
    }
}
