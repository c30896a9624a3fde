using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>Removal of entries from this instance's memory, from Redis and, through the backplane, from every other instance.</summary>
internal static class CacheRemoval
{
    /// <summary>Waits for Redis and the backplane, so that once the writer answers every instance has been told.</summary>
    private static readonly FusionCacheEntryOptions Awaited = new()
    {
        AllowBackgroundDistributedCacheOperations = false,
        AllowBackgroundBackplaneOperations = false,
    };

    /// <summary>Completes even if the caller's request is cancelled meanwhile: the change it follows has committed.</summary>
    public static Task EverywhereAsync(IFusionCache cache, IEnumerable<string> keys) =>
        Task.WhenAll(keys.Select(key => cache.RemoveAsync(key, Awaited, CancellationToken.None).AsTask()));
}
