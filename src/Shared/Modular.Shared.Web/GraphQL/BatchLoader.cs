using GraphQL.DataLoader;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// One answer's batch of keys for one kind of value. GraphQL.NET's executors run every field that returned an
/// <see cref="IDataLoaderResult"/> only after all other fields of the answer are resolved; the first of them to ask
/// for its value fetches every key collected until then in one call, and the rest read that call's result.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _fetches = [];
    private readonly List<TKey> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_fetches.ContainsKey(key) && !_pending.Contains(key))
            {
                _pending.Add(key);
            }
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> fetching;
        lock (_gate)
        {
            if (!_fetches.TryGetValue(key, out fetching!))
            {
                var keys = _pending.ToArray();
                _pending.Clear();
                fetching = fetch(keys, cancellationToken);
                foreach (var pendingKey in keys)
                {
                    _fetches[pendingKey] = fetching;
                }
            }
        }

        var values = await fetching;
        return values.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
