using System.ComponentModel.DataAnnotations;

namespace Modular.Identity.Infrastructure.RefreshTokens;

/// <summary>The <c>Identity:RefreshTokens</c> section.</summary>
internal sealed class RefreshTokenPurgeOptions
{
    public const string SectionName = "Identity:RefreshTokens";

    /// <summary>How often expired refresh tokens are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
