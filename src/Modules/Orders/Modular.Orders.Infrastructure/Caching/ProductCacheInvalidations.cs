namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// Products changed in the current scope, recorded by whatever changed them (the stock ledger, the product repository).
/// Inside a transaction they are invalidated only once it commits: invalidating earlier would let a concurrent reader
/// cache the not-yet-committed old value again. Outside one, the change has committed already.
/// </summary>
internal sealed class ProductCacheInvalidations(ProductCache cache)
{
    private readonly HashSet<Guid> _pending = [];
    private readonly Lock _gate = new();

    /// <summary>Set by <see cref="ProductCacheTransactionInterceptor"/> while the Orders DbContext has a transaction open.</summary>
    public bool InTransaction { get; set; }

    /// <summary>Records products a statement of this scope changed.</summary>
    public Task RecordAsync(IEnumerable<Guid> productIds)
    {
        lock (_gate)
        {
            _pending.UnionWith(productIds);
        }

        return InTransaction ? Task.CompletedTask : InvalidateRecordedAsync();
    }

    /// <summary>Invalidates what was recorded (the transaction committed).</summary>
    public Task InvalidateRecordedAsync() => TakeAll() is { Length: > 0 } taken ? cache.InvalidateAsync(taken) : Task.CompletedTask;

    /// <summary>Forgets what was recorded (the transaction rolled back: nothing changed).</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    // Every commit of the module passes here (confirmation batches too): nothing is allocated when nothing changed.
    private Guid[] TakeAll()
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return [];
            }

            var taken = _pending.ToArray();
            _pending.Clear();
            return taken;
        }
    }
}
