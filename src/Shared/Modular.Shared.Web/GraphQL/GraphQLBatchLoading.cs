using GraphQL;
using GraphQL.DataLoader;

namespace Modular.Shared.Web.GraphQL;

public static class GraphQLBatchLoading
{
    /// <summary>
    /// Resolves a field by key through a batch shared by the whole answer (the <c>product</c> of every item of every
    /// order in it): <paramref name="fetch"/> runs once per batch, with every key the answer asked for, so a list
    /// costs one round trip instead of one per item. <paramref name="loader"/> names the batch.
    /// </summary>
    public static IDataLoaderResult<TValue?> LoadBatched<TKey, TValue>(
        this IResolveFieldContext context,
        string loader,
        TKey key,
        Func<IResolveFieldContext, IReadOnlyList<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        var batches = context.UserContext;
        var name = $"modular:batch:{loader}";
        BatchLoader<TKey, TValue> batch;
        lock (batches)
        {
            if (batches.TryGetValue(name, out var existing) && existing is BatchLoader<TKey, TValue> found)
            {
                batch = found;
            }
            else
            {
                batch = new BatchLoader<TKey, TValue>((keys, _) => fetch(context, keys));
                batches[name] = batch;
            }
        }

        return batch.Load(key);
    }
}
