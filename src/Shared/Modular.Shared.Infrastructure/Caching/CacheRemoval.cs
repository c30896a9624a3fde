using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>Removal of entries from this instance's memory, from Redis and, acknowledged, from every other instance's memory.</summary>
internal static class CacheRemoval
{
    /// <summary>Waits for Redis, so that no instance reads the entry back from there once its memory has dropped it.</summary>
    private static readonly FusionCacheEntryOptions FromMemoryAndRedis = new()
    {
        AllowBackgroundDistributedCacheOperations = false,
    };

    /// <summary>An entry its policy never put in Redis (ADR 0038): nothing to remove there.</summary>
    private static readonly FusionCacheEntryOptions FromMemory = new()
    {
        SkipDistributedCacheRead = true,
        SkipDistributedCacheWrite = true,
    };

    /// <summary>
    /// Removes each key (also from Redis when its value is true), then tells the other instances. Completes even if the
    /// caller's request is cancelled meanwhile: the change it follows has committed. False when the other instances
    /// could not be told (Redis away): the caller makes it again later.
    /// </summary>
    public static async Task<bool> EverywhereAsync(IFusionCache cache, CacheInvalidationChannel channel, IReadOnlyDictionary<string, bool> keys)
    {
        await Task.WhenAll(keys.Select(key => cache.RemoveAsync(key.Key, key.Value ? FromMemoryAndRedis : FromMemory, CancellationToken.None).AsTask()));
        return await channel.PublishAsync([.. keys.Keys]);
    }
}
