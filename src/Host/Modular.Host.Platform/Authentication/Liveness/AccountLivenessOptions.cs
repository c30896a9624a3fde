using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>The <c>AccountLiveness</c> section: how a process reads the account states Identity publishes (ADR 0021).</summary>
internal sealed class AccountLivenessOptions
{
    public const string SectionName = "AccountLiveness";

    /// <summary>
    /// How long a process trusts the state it read for one user before reading it again. Announcements make a change
    /// felt at once; this bounds how late it is felt when one is lost, within the contract's 5 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for Redis before the last answer known for the user (or, for one never seen, acceptance) is used.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:05")]
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromMilliseconds(250);
}
