using System.ComponentModel.DataAnnotations;

namespace Modular.Shared.Application.Security;

/// <summary>
/// The <c>Jwt</c> configuration section: shared by the module that issues access tokens (Identity) and the platform that
/// validates them on every module's endpoints.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The smallest HMAC-SHA256 key the contract accepts, in UTF-8 bytes.</summary>
    public const int MinimumSigningKeyBytes = 32;

    /// <summary>Keys that start with this are shipped for local development only and are refused in every other environment.</summary>
    public const string DevelopmentKeyPrefix = "development-only-";

    /// <summary>HS256 key; its rules depend on the environment, so the host checks them (not an attribute).</summary>
    public string SigningKey { get; set; } = string.Empty;

    [Required]
    public string Issuer { get; set; } = "modular";

    [Required]
    public string Audience { get; set; } = "modular-api";

    [Range(1, 1440)]
    public int AccessTokenMinutes { get; set; } = 15;

    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 7;

    /// <summary>Tolerated clock difference between instances; the contract caps it at 30 seconds.</summary>
    [Range(0, 30)]
    public int ClockSkewSeconds { get; set; } = 30;
}
