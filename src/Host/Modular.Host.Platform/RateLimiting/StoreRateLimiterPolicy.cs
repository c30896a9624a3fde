using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>A named policy partitioned per client; <c>consume</c> false only checks (the Auth policy counts failures afterwards).</summary>
internal sealed class StoreRateLimiterPolicy(Lazy<IRateLimitCounterStore> store, RateLimitRule? rule, bool consume, TimeProvider time) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => rule is null
        ? RateLimitPartition.GetNoLimiter(string.Empty)
        : RateLimitPartition.Get(RateLimitClient.KeyFor(httpContext), key => new StoreRateLimiter(store.Value, key, rule, consume, time));
}
