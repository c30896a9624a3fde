using System.Threading.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>
/// One client's limiter for a named policy. It holds no counters itself: every decision is the store's, so all instances
/// agree. The synchronous attempt never decides, which sends the middleware to the asynchronous path that reaches Redis.
/// </summary>
internal sealed class StoreRateLimiter(IRateLimitCounterStore store, string key, RateLimitRule rule, TimeProvider time) : RateLimiter
{
    private long _lastUsed = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => DecisionLease.Pending;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, time.GetTimestamp());
        return new DecisionLease(await store.AcquireAsync(key, rule));
    }
}
