using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>A named policy partitioned per client: every request it lets through is counted (the Auth policy gives back the ones that did not fail).</summary>
internal sealed class StoreRateLimiterPolicy(Lazy<IRateLimitCounterStore> store, RateLimitRule? rule, TimeProvider time) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => rule is null
        ? RateLimitPartition.GetNoLimiter(string.Empty)
        : RateLimitPartition.Get(RateLimitClient.KeyFor(httpContext), key => new StoreRateLimiter(store.Value, key, rule, time));
}
