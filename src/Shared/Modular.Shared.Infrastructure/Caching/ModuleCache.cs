using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// How modules use the one cache (ADR 0024, 0030, 0038). A read is served from this instance's memory when it can be,
/// else from Redis (when its <see cref="CachePolicy"/> keeps it there), else loaded (once per key at a time) and kept;
/// what the loader does not find is never kept. An invalidation, made once the change has committed, removes the entry
/// from this instance's memory (and from Redis when its policy keeps it there) and returns once every other instance has
/// acknowledged dropping it from memory; it is made again <see cref="CachingOptions.RepeatInvalidationAfter"/> later for
/// a read that raced with the change. Redis trouble never fails a call: the cache skips Redis and the loader answers, and
/// an instance that cannot hear invalidations does not answer from memory.
/// </summary>
public sealed class ModuleCache
{
    private readonly IFusionCache _cache;
    private readonly CacheInvalidationChannel _channel;
    private readonly InvalidationRounds _rounds;
    private readonly RepeatedInvalidations _repeats;
    private readonly IOptions<CachingOptions> _options;
    private readonly ConcurrentDictionary<(CachePolicy Policy, bool Deaf), FusionCacheEntryOptions> _entryOptions = new();

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
    /// The entry under <paramref name="key"/>, else what <paramref name="load"/> finds, kept as <paramref name="policy"/>
    /// says. The value is shared by every caller of this instance: cache only immutable objects.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T?>> load, CachePolicy policy, CancellationToken cancellationToken)
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
            EntryOptions(policy),
            cancellationToken);

    /// <summary>
    /// Drops <paramref name="keys"/>, read with <paramref name="policy"/>, everywhere: this instance, Redis (when the policy
    /// keeps them there), and every other instance, which acknowledge it. Call it after the change has committed; it
    /// completes even if the caller's request is cancelled meanwhile. Concurrent calls share rounds (ADR 0037).
    /// </summary>
    public async Task InvalidateAsync(IReadOnlyCollection<string> keys, CachePolicy policy)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await _rounds.RemoveAsync(keys, policy.InRedis);
        _repeats.Schedule(keys, policy.InRedis);
    }

    // One options object per module policy and listening state, built once: FusionCache copies it before a loader
    // changes it, and a cached read should not allocate one.
    private FusionCacheEntryOptions EntryOptions(CachePolicy policy) =>
        _entryOptions.GetOrAdd((policy, !_channel.IsListening), static (key, caching) => Create(key.Policy, key.Deaf, caching), _options.Value);

    private static FusionCacheEntryOptions Create(CachePolicy policy, bool deaf, CachingOptions caching) => new()
    {
        // Deaf to invalidations, memory could answer with what another instance has changed: Redis or the loader answer.
        SkipMemoryCacheRead = deaf,
        SkipMemoryCacheWrite = deaf,
        SkipDistributedCacheRead = !policy.InRedis,
        SkipDistributedCacheWrite = !policy.InRedis,
        Duration = policy.Duration,
        MemoryCacheDuration = caching.MemoryDuration < policy.Duration ? caching.MemoryDuration : policy.Duration,
        DistributedCacheDuration = policy.Duration,
        IsFailSafeEnabled = false,
        DistributedCacheHardTimeout = caching.RedisTimeout,
        // The write to Redis happens after the answer.
        AllowBackgroundDistributedCacheOperations = true,
    };
}
