using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// Acknowledged invalidation across instances (ADR 0030) on Redis pub/sub. A writer publishes the keys on
/// <c>modular:cache:invalidations</c>; every subscribed instance drops them from its memory and answers on the
/// writer's own channel <c>modular:cache:acks:&lt;instance&gt;</c>; the writer returns once as many instances as Redis
/// delivered the message to have answered (<see cref="CachingOptions.AcknowledgementTimeout"/> at most). So when a
/// change answers, no instance serves the old entry from memory any more. An instance that is not subscribed (Redis
/// away, the subscription lost) cannot hear invalidations: it reads past its memory until it listens again, and then
/// empties its memory, since it may have missed some.
/// </summary>
internal sealed class CacheInvalidationChannel : IDisposable
{
    public const string InvalidationChannelName = "modular:cache:invalidations";

    private static readonly FusionCacheEntryOptions MemoryOnly = new()
    {
        SkipDistributedCacheRead = true,
        SkipDistributedCacheWrite = true,
    };

    private readonly ConcurrentDictionary<string, AcknowledgementWaiter> _waiters = new(StringComparer.Ordinal);
    private readonly CacheRedisConnection _redis;
    private readonly IFusionCache _cache;
    private readonly CacheMemoryLevel _memory;
    private readonly IOptions<CachingOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<CacheInvalidationChannel> _logger;
    private readonly RedisChannel _invalidations = RedisChannel.Literal(InvalidationChannelName);
    private readonly RedisChannel _acknowledgements;
    private volatile bool _subscribed;
    private volatile bool _connected = true;

    public CacheInvalidationChannel(
        CacheRedisConnection redis, IFusionCache cache, CacheMemoryLevel memory, IOptions<CachingOptions> options, TimeProvider clock, ILogger<CacheInvalidationChannel> logger)
    {
        (_redis, _cache, _memory, _options, _clock, _logger) = (redis, cache, memory, options, clock, logger);
        _acknowledgements = AcknowledgementChannel(InstanceId);
    }

    /// <summary>This process's name on the channel: a new one at every start.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>True while this instance hears every invalidation: only then may it answer from memory.</summary>
    public bool IsListening => _subscribed && _connected;

    /// <summary>
    /// Tells every instance to drop <paramref name="keys"/> from memory and waits for their acknowledgements. False when
    /// Redis could not be reached (the caller makes it again later); late acknowledgements are logged, not failed.
    /// </summary>
    public async Task<bool> PublishAsync(IReadOnlyCollection<string> keys)
    {
        var id = Guid.NewGuid().ToString("N");
        var waiter = new AcknowledgementWaiter();
        _waiters[id] = waiter;
        try
        {
            long receivers;
            try
            {
                receivers = await _redis.Multiplexer.GetSubscriber().PublishAsync(_invalidations, InvalidationMessage.Write(id, InstanceId, keys));
            }
            catch (Exception exception) when (RedisOutage.Is(exception))
            {
                CacheInvalidationLog.PublishFailed(_logger, keys.Count, exception.Message);
                return false;
            }

            var timeout = _options.Value.AcknowledgementTimeout;
            if (!await waiter.WaitForAsync((int)receivers, timeout, _clock))
            {
                CacheInvalidationLog.AcknowledgementsLate(_logger, keys.Count, waiter.Acknowledged, receivers, timeout);
            }

            return true;
        }
        finally
        {
            _waiters.TryRemove(id, out _);
        }
    }

    /// <summary>Subscribes to the invalidations and to this instance's acknowledgements; Redis errors propagate (the caller retries).</summary>
    public async Task SubscribeAsync()
    {
        var multiplexer = _redis.Multiplexer;
        if (!_subscribed)
        {
            multiplexer.ConnectionFailed += OnConnectionFailed;
            multiplexer.ConnectionRestored += OnConnectionRestored;
        }

        var subscriber = multiplexer.GetSubscriber();
        await subscriber.SubscribeAsync(_acknowledgements, (_, message) => OnAcknowledgement(message));
        await subscriber.SubscribeAsync(_invalidations, (_, message) => OnInvalidation(message));
        _memory.Clear();
        _subscribed = true;
        _connected = multiplexer.IsConnected;
        CacheInvalidationLog.Listening(_logger, InvalidationChannelName, InstanceId);
    }

    public bool IsSubscribed => _subscribed;

    public void Dispose()
    {
        if (_subscribed)
        {
            _redis.Multiplexer.ConnectionFailed -= OnConnectionFailed;
            _redis.Multiplexer.ConnectionRestored -= OnConnectionRestored;
        }
    }

    private static RedisChannel AcknowledgementChannel(string instanceId) => RedisChannel.Literal($"modular:cache:acks:{instanceId}");

    private void OnInvalidation(RedisValue payload)
    {
        if (!InvalidationMessage.TryRead(payload, out var id, out var source, out var keys))
        {
            return;
        }

        foreach (var key in keys)
        {
            _cache.Remove(key, MemoryOnly);
        }

        if (source == InstanceId)
        {
            OnAcknowledgement(InvalidationMessage.Acknowledgement(id, InstanceId));
            return;
        }

        _redis.Multiplexer.GetSubscriber().Publish(
            AcknowledgementChannel(source), InvalidationMessage.Acknowledgement(id, InstanceId), CommandFlags.FireAndForget);
    }

    private void OnAcknowledgement(RedisValue payload)
    {
        if (InvalidationMessage.TryReadAcknowledgement(payload, out var id, out var instanceId) && _waiters.TryGetValue(id, out var waiter))
        {
            waiter.Acknowledge(instanceId);
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs args)
    {
        if (args.ConnectionType == ConnectionType.Subscription && _connected)
        {
            _connected = false;
            CacheInvalidationLog.NotListening(_logger, args.FailureType.ToString());
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        if (args.ConnectionType == ConnectionType.Subscription && !_connected)
        {
            // Invalidations sent while the subscription was down were missed: whatever memory kept may be stale.
            _memory.Clear();
            _connected = true;
            CacheInvalidationLog.Listening(_logger, InvalidationChannelName, InstanceId);
        }
    }
}
