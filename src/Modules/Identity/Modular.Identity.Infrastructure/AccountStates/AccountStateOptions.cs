using System.ComponentModel.DataAnnotations;

namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>The <c>Identity:AccountStates</c> section: how Identity keeps the published account states whole (ADR 0021).</summary>
internal sealed class AccountStateOptions
{
    public const string SectionName = "Identity:AccountStates";

    /// <summary>
    /// How often each Identity instance reconciles Redis with its database: a rebuild of every state when the published
    /// marker is gone (a new or flushed Redis), else the accounts changed since the last pass (writes a Redis outage lost).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(5);
}
