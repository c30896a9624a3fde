using System.ComponentModel.DataAnnotations;

namespace Modular.Identity.Infrastructure.Revocation;

/// <summary>The <c>Identity:Revocation</c> section.</summary>
internal sealed class RevocationOptions
{
    public const string SectionName = "Identity:Revocation";

    /// <summary>How long an instance trusts its own "not revoked" answer; bounds how late a deletion is noticed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02")]
    public TimeSpan LocalCacheDuration { get; set; } = TimeSpan.FromSeconds(2);
}
