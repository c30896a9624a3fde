using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>Removal of entries from this instance's memory, from Redis and, acknowledged, from every other instance's memory.</summary>
internal static class CacheRemoval
{
    /// <summary>Waits for Redis, so that no instance reads the entry back from there once its memory has dropped it.</summary>
    private static readonly FusionCacheEntryOptions Awaited = new()
    {
        AllowBackgroundDistributedCacheOperations = false,
    };

    /// <summary>
    /// Completes even if the caller's request is cancelled meanwhile: the change it follows has committed. False when
    /// the other instances could not be told (Redis away): the caller makes it again later.
    /// </summary>
    public static async Task<bool> EverywhereAsync(IFusionCache cache, CacheInvalidationChannel channel, IReadOnlyCollection<string> keys)
    {
        await Task.WhenAll(keys.Select(key => cache.RemoveAsync(key, Awaited, CancellationToken.None).AsTask()));
        return await channel.PublishAsync(keys);
    }
}
