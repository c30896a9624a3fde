namespace Modular.Host.Platform.RateLimiting.Store;

/// <summary>Fixed-window counters per client key.</summary>
internal interface IRateLimitCounterStore
{
    /// <summary>
    /// Refuses when the window's count already reached the limit; otherwise counts this request and allows it. The first
    /// counted request opens the window. Refused requests are never counted.
    /// </summary>
    ValueTask<RateLimitDecision> AcquireAsync(string key, RateLimitRule rule);

    /// <summary>
    /// Gives back one counted request (an attempt that turned out not to count, such as a successful login); when none
    /// is left the window closes, so the next counted request opens a new one. Nothing happens when no window runs.
    /// </summary>
    ValueTask ReleaseAsync(string key, RateLimitRule rule);
}
