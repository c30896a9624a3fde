using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Authentication.TokenCache;

/// <summary>
/// The <c>AccessTokenCache</c> section: how long, and for how many tokens, a process remembers that an access token's
/// signature, issuer, audience and lifetime were valid (<see cref="ValidatedTokenCache"/>, ADR 0039).
/// </summary>
internal sealed class AccessTokenCacheOptions
{
    public const string SectionName = "AccessTokenCache";

    /// <summary>
    /// The longest a token is served from the cache before it is validated again, whatever its own expiry: a change of
    /// the signing key or of the accepted issuer or audience is felt within it. Zero turns the cache off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most tokens remembered at once, about 5 KB each (the token's text, its parsed form and its claims: 10,000 is about
    /// 50 MB, held only while that many distinct tokens are used within <see cref="MaxAge"/>). Past it, a new token is
    /// validated on every request until older entries are evicted, so a flood of distinct tokens cannot grow memory.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SizeLimit { get; set; } = 10_000;

    public bool Enabled => MaxAge > TimeSpan.Zero;
}
