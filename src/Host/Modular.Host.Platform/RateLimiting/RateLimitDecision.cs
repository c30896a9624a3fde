namespace Modular.Host.Platform.RateLimiting;

/// <summary>The answer of a counter store: allowed or not, how much is used, and when the window resets.</summary>
internal readonly record struct RateLimitDecision(bool Allowed, long Count, int Limit, TimeSpan ResetAfter)
{
    public long Remaining => Math.Max(0, Limit - Count);

    /// <summary>Whole seconds, rounded up, as the Retry-After and RateLimit-Reset headers carry them.</summary>
    public long ResetSeconds => Math.Max(1, (long)Math.Ceiling(ResetAfter.TotalSeconds));
}
