using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>One budget: at most <see cref="PermitLimit"/> counted requests per client in a fixed <see cref="Window"/>.</summary>
internal sealed class RateLimitRuleOptions
{
    public bool Enabled { get; set; } = true;

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan Window { get; set; }

    internal RateLimitRule ToRule(string policy) => new(policy, PermitLimit, Window);
}
