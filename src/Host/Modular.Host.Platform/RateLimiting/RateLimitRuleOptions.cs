namespace Modular.Host.Platform.RateLimiting;

/// <summary>One budget: at most <see cref="PermitLimit"/> counted requests per client in a fixed <see cref="Window"/>.</summary>
internal sealed class RateLimitRuleOptions
{
    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    internal RateLimitRule ToRule(string policy) => new(policy, PermitLimit, Window);
}
