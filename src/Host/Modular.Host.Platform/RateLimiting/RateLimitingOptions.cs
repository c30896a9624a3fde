using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>Section <c>RateLimiting</c>: the per-client budgets of the contract, shared by every instance through Redis.</summary>
internal sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Master switch; off turns every limit into a no-op (load tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Every <c>/api</c> request counts.</summary>
    [ValidateObjectMembers]
    public RateLimitRuleOptions Api { get; set; } = new() { PermitLimit = 100, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Login and register: only failed (4xx) answers count.</summary>
    [ValidateObjectMembers]
    public RateLimitRuleOptions Auth { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Longest wait for Redis before a decision falls back to the local in-memory counters.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:30")]
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Prefix of the Redis keys holding the counters.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "modular:ratelimit";
}
