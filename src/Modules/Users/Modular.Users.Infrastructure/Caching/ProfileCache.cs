using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Caching;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Profiles;

namespace Modular.Users.Infrastructure.Caching;

/// <summary>
/// Profiles in the shared HybridCache, in Redis only: the in-process level is disabled for them, because an entry
/// held in one instance's memory cannot be removed by a write on another instance, and a client may write on one
/// and read on the next. A removal from Redis is therefore seen by every instance the moment it returns.
/// Redis trouble never fails a read: it falls back to the database, and a removal that could not be made keeps
/// the cache bypassed until it has been made.
/// </summary>
internal sealed partial class ProfileCache(
    HybridCache cache,
    CacheRedisConnection redis,
    IOptions<UsersCacheOptions> options,
    ILogger<ProfileCache> logger) : IProfileCache
{
    private const string KeyPrefix = "users:profile:";

    // Removals that failed while Redis was unreachable (a singleton: shared by every request of this instance).
    private readonly ConcurrentDictionary<Guid, byte> _pendingRemovals = new();

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableUnderlyingData,
    };

    public async Task<ProfileResponse?> GetOrLoadAsync(Guid userId, Func<CancellationToken, Task<ProfileResponse?>> load, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return await load(cancellationToken);
        }

        if (!redis.IsConnected || !await FlushPendingRemovalsAsync(cancellationToken))
        {
            LogBypassed();
            return await load(cancellationToken);
        }

        var key = Key(userId);
        try
        {
            // Reads only: the factory is not used, so a missing profile is never cached as absent.
            var cached = await cache.GetOrCreateAsync<ProfileResponse?>(key, static _ => ValueTask.FromResult<ProfileResponse?>(null), ReadOnly, cancellationToken: cancellationToken);
            if (cached is not null)
            {
                return cached;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReadFailed(exception);
            return await load(cancellationToken);
        }

        var loaded = await load(cancellationToken);
        if (loaded is not null)
        {
            await TryStoreAsync(key, loaded, cancellationToken);
        }

        return loaded;
    }

    public async Task InvalidateAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (!await TryRemoveAsync(userId, cancellationToken))
        {
            _pendingRemovals.TryAdd(userId, 0);
        }
    }

    private async Task<bool> FlushPendingRemovalsAsync(CancellationToken cancellationToken)
    {
        foreach (var userId in _pendingRemovals.Keys)
        {
            if (!await TryRemoveAsync(userId, cancellationToken))
            {
                return false;
            }

            _pendingRemovals.TryRemove(userId, out _);
        }

        return true;
    }

    private async Task<bool> TryRemoveAsync(Guid userId, CancellationToken cancellationToken)
    {
        try
        {
            // The write has committed: the removal must happen even if the caller went away meanwhile.
            await cache.RemoveAsync(Key(userId), CancellationToken.None).AsTask().WaitAsync(cancellationToken);
            return redis.IsConnected;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRemoveFailed(exception, userId);
            return false;
        }
    }

    private async Task TryStoreAsync(string key, ProfileResponse profile, CancellationToken cancellationToken)
    {
        try
        {
            var entry = new HybridCacheEntryOptions { Expiration = options.Value.Expiration, Flags = HybridCacheEntryFlags.DisableLocalCache };
            await cache.SetAsync(key, profile, entry, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogWriteFailed(exception);
        }
    }

    private static string Key(Guid userId) => KeyPrefix + userId.ToString("N");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile cache bypassed: Redis is unreachable or a removal is still pending; reading from the database")]
    private partial void LogBypassed();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile cache read failed; reading from the database")]
    private partial void LogReadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile cache write failed; the profile is served uncached")]
    private partial void LogWriteFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing profile {UserId} from the cache failed; the cache is bypassed until it succeeds")]
    private partial void LogRemoveFailed(Exception exception, Guid userId);
}
