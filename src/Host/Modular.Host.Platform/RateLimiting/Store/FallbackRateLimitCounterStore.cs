using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Redis;

namespace Modular.Host.Platform.RateLimiting.Store;

/// <summary>
/// Redis while it answers, the local in-memory counters while it does not: a limiter store outage never fails a request.
/// Each call tries Redis again once the multiplexer reports a connection, so the shared counters come back by themselves.
/// </summary>
internal sealed class FallbackRateLimitCounterStore(
    RedisRateLimitCounterStore redis,
    MemoryRateLimitCounterStore memory,
    TimeSpan timeout,
    ILogger<FallbackRateLimitCounterStore> logger) : IRateLimitCounterStore
{
    private int _degraded;

    public bool IsDegraded => Volatile.Read(ref _degraded) == 1;

    public async ValueTask<RateLimitDecision> AcquireAsync(string key, RateLimitRule rule)
    {
        if (redis.IsConnected)
        {
            try
            {
                var decision = await redis.AcquireAsync(key, rule).WaitAsync(timeout);
                Recovered();
                return decision;
            }
            catch (Exception exception) when (IsStoreFailure(exception))
            {
                Degraded(exception);
            }
        }
        else
        {
            Degraded(null);
        }

        return await memory.AcquireAsync(key, rule);
    }

    public async ValueTask ReleaseAsync(string key, RateLimitRule rule)
    {
        if (redis.IsConnected)
        {
            try
            {
                await redis.ReleaseAsync(key, rule).WaitAsync(timeout);
                Recovered();
                return;
            }
            catch (Exception exception) when (IsStoreFailure(exception))
            {
                Degraded(exception);
            }
        }
        else
        {
            Degraded(null);
        }

        await memory.ReleaseAsync(key, rule);
    }

    private static bool IsStoreFailure(Exception exception) =>
        RedisOutage.Is(exception) || exception is ObjectDisposedException;

    private void Degraded(Exception? exception)
    {
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            RateLimitingLog.StoreUnavailable(logger, exception);
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            RateLimitingLog.StoreRecovered(logger);
        }
    }
}
