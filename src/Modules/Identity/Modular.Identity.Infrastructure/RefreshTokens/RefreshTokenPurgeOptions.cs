namespace Modular.Identity.Infrastructure.RefreshTokens;

/// <summary>The <c>Identity:RefreshTokens</c> section.</summary>
internal sealed class RefreshTokenPurgeOptions
{
    public const string SectionName = "Identity:RefreshTokens";

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
