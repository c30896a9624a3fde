namespace Modular.Host.Platform.RateLimiting;

/// <summary>A budget as the counter stores see it: the policy name keeps the counters of two budgets apart.</summary>
internal sealed record RateLimitRule(string Policy, int PermitLimit, TimeSpan Window);
