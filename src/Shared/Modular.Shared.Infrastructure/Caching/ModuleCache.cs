using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// How modules use the one cache (ADR 0024, 0030). A read is served from this instance's memory when it can be, else
/// from Redis, else loaded (once per key at a time) and kept in both; what the loader does not find is never kept. An
/// invalidation, made once the change has committed, removes the entry from this instance's memory and from Redis and
/// returns once every other instance has acknowledged dropping it from memory; it is made again
/// <see cref="CachingOptions.RepeatInvalidationAfter"/> later for a read that raced with the change. Redis trouble never
/// fails a call: the cache skips Redis and the loader answers, and an instance that cannot hear invalidations does not
/// answer from memory.
/// </summary>
public sealed class ModuleCache
{
    private readonly IFusionCache _cache;
    private readonly CacheInvalidationChannel _channel;
    private readonly InvalidationRounds _rounds;
    private readonly RepeatedInvalidations _repeats;
    private readonly IOptions<CachingOptions> _options;
    private readonly ConcurrentDictionary<(TimeSpan Duration, bool Deaf), FusionCacheEntryOptions> _entryOptions = new();

    internal ModuleCache(
        IFusionCache cache, CacheInvalidationChannel channel, InvalidationRounds rounds, RepeatedInvalidations repeats, IOptions<CachingOptions> options)
    {
        _cache = cache;
        _channel = channel;
        _rounds = rounds;
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
    /// Drops <paramref name="keys"/> everywhere: this instance, Redis, and every other instance, which acknowledge it.
    /// Call it after the change has committed; it completes even if the caller's request is cancelled meanwhile.
    /// Concurrent calls share rounds (<see cref="InvalidationRounds"/>).
    /// </summary>
    public async Task InvalidateAsync(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await _rounds.RemoveAsync(keys);
        _repeats.Schedule(keys);
    }

    // One options object per module duration and listening state, built once: FusionCache copies it before a loader
    // changes it, and a cached read should not allocate one.
    private FusionCacheEntryOptions EntryOptions(TimeSpan duration) =>
        _entryOptions.GetOrAdd((duration, !_channel.IsListening), static (key, caching) => Create(key.Duration, key.Deaf, caching), _options.Value);

    private static FusionCacheEntryOptions Create(TimeSpan duration, bool deaf, CachingOptions caching) => new()
    {
        // Deaf to invalidations, memory could answer with what another instance has changed: Redis or the loader answer.
        SkipMemoryCacheRead = deaf,
        SkipMemoryCacheWrite = deaf,
        Duration = duration,
        MemoryCacheDuration = caching.MemoryDuration < duration ? caching.MemoryDuration : duration,
        DistributedCacheDuration = duration,
        IsFailSafeEnabled = false,
        DistributedCacheHardTimeout = caching.RedisTimeout,
        // The write to Redis happens after the answer.
        AllowBackgroundDistributedCacheOperations = true,
    };
}
