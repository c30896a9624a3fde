namespace Modular.Host.Platform.RateLimiting.Store;

/// <summary>Fixed-window counters per client key.</summary>
internal interface IRateLimitCounterStore
{
    /// <summary>
    /// Refuses when the window's count already reached the limit; otherwise allows and, when <paramref name="consume"/>,
    /// counts this request. Refused requests are never counted.
    /// </summary>
    ValueTask<RateLimitDecision> AcquireAsync(string key, RateLimitRule rule, bool consume);

    /// <summary>Counts one event after the fact (a failed login), opening a window when none is running.</summary>
    ValueTask RecordAsync(string key, RateLimitRule rule);
}
