using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// How modules use the one cache (ADR 0024). A read is served from this instance's memory when it can be, else from
/// Redis, else loaded (once per key at a time) and kept in both; what the loader does not find is never kept. An
/// invalidation, made once the change has committed, removes the entry from this instance's memory and from Redis and
/// tells every other instance through the backplane before it returns; it is made again
/// <see cref="CachingOptions.RepeatInvalidationAfter"/> later for a read that raced with the change. Redis trouble never
/// fails a call: the cache skips Redis and the loader answers.
/// </summary>
public sealed class ModuleCache
{
    private readonly IFusionCache _cache;
    private readonly RepeatedInvalidations _repeats;
    private readonly IOptions<CachingOptions> _options;

    internal ModuleCache(IFusionCache cache, RepeatedInvalidations repeats, IOptions<CachingOptions> options)
    {
        _cache = cache;
        _repeats = repeats;
        _options = options;
    }

    /// <summary>
    /// The entry under <paramref name="key"/>, else what <paramref name="load"/> finds, kept for <paramref name="duration"/>
    /// in Redis and at most <see cref="CachingOptions.MemoryDuration"/> in memory. The value is shared by every caller
    /// of this instance: cache only immutable objects.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T?>> load, TimeSpan duration, CancellationToken cancellationToken)
        where T : class =>
        await _cache.GetOrSetAsync<T?>(
            key,
            async (context, token) =>
            {
                var loaded = await load(token);
                if (loaded is null)
                {
                    // Absence is never cached: the first read after a creation must not answer a remembered 404.
                    context.Options.SkipMemoryCacheWrite = true;
                    context.Options.SkipDistributedCacheWrite = true;
                }

                return loaded;
            },
            EntryOptions(duration),
            cancellationToken);

    /// <summary>
    /// Drops <paramref name="keys"/> everywhere: this instance, Redis, and (through the backplane) every other instance.
    /// Call it after the change has committed; it completes even if the caller's request is cancelled meanwhile.
    /// </summary>
    public async Task InvalidateAsync(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await CacheRemoval.EverywhereAsync(_cache, keys);
        _repeats.Schedule(keys);
    }

    private FusionCacheEntryOptions EntryOptions(TimeSpan duration)
    {
        var memory = _options.Value.MemoryDuration < duration ? _options.Value.MemoryDuration : duration;
        return new FusionCacheEntryOptions
        {
            Duration = duration,
            MemoryCacheDuration = memory,
            DistributedCacheDuration = duration,
            IsFailSafeEnabled = false,
            DistributedCacheHardTimeout = _options.Value.RedisTimeout,
            // A read changes nothing: other instances keep their entries (a writer's invalidation is what drops them),
            // and the write to Redis happens after the answer.
            SkipBackplaneNotifications = true,
            AllowBackgroundDistributedCacheOperations = true,
        };
    }
}
