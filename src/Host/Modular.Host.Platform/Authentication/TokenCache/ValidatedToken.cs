using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Modular.Host.Platform.Authentication.TokenCache;

/// <summary>
/// What a successful validation of one access token established, kept by <see cref="ValidatedTokenCache"/> until
/// <paramref name="StaleAt"/> (UTC). <paramref name="Identity"/> is never handed out: each request gets its own clone.
/// </summary>
internal sealed record ValidatedToken(SecurityToken Token, ClaimsIdentity Identity, string? Issuer, string? TokenType, DateTime StaleAt)
{
    /// <summary>A valid result of this token for one request, with a claims identity of its own.</summary>
    public TokenValidationResult ForRequest() => new()
    {
        IsValid = true,
        SecurityToken = Token,
        ClaimsIdentity = Identity.Clone(),
        Issuer = Issuer,
        TokenType = TokenType,
    };

    /// <summary>
    /// The refusal the validation would give this token at <paramref name="utcNow"/>, or <c>null</c>: the same rule as
    /// IdentityModel's lifetime check (expired when <c>exp</c> is before now less the skew, not yet valid when <c>nbf</c>
    /// is after now plus the skew), applied on every request served from the cache.
    /// </summary>
    public TokenValidationResult? LifetimeRefusal(DateTime utcNow, TimeSpan clockSkew)
    {
        if (Token.ValidTo - utcNow < -clockSkew)
        {
            return Refusal(new SecurityTokenExpiredException(string.Create(CultureInfo.InvariantCulture, $"Lifetime validation failed. The token is expired. ValidTo (UTC): '{Token.ValidTo:O}', Current time (UTC): '{utcNow:O}'."))
            {
                Expires = Token.ValidTo,
            });
        }

        if (Token.ValidFrom - utcNow > clockSkew)
        {
            return Refusal(new SecurityTokenNotYetValidException(string.Create(CultureInfo.InvariantCulture, $"Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): '{Token.ValidFrom:O}', Current time (UTC): '{utcNow:O}'."))
            {
                NotBefore = Token.ValidFrom,
            });
        }

        return null;
    }

    private static TokenValidationResult Refusal(Exception exception) => new() { IsValid = false, Exception = exception };
}
