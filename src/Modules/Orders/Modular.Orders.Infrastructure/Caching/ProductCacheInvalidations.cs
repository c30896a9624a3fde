namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// Products changed in the current scope's transaction. They are invalidated only once it commits: invalidating
/// earlier would let a concurrent reader cache the not-yet-committed old value under the new generation.
/// </summary>
internal sealed class ProductCacheInvalidations
{
    private readonly HashSet<Guid> _pending = [];
    private readonly Lock _gate = new();

    public bool InTransaction { get; set; }

    public void Add(IEnumerable<Guid> productIds)
    {
        lock (_gate)
        {
            _pending.UnionWith(productIds);
        }
    }

    public IReadOnlyList<Guid> TakeAll()
    {
        lock (_gate)
        {
            var taken = _pending.ToList();
            _pending.Clear();
            return taken;
        }
    }
}
