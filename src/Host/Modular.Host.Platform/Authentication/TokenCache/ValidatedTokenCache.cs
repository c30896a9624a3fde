using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Modular.Host.Platform.Authentication.TokenCache;

/// <summary>
/// Access tokens this process validated, by their exact text, so that a client sending the same token on every request
/// does not pay for its parsing, HMAC and claims again (ADR 0039). An entry is kept at most
/// <see cref="AccessTokenCacheOptions.MaxAge"/>, never past the token's expiry plus the clock skew, and at most
/// <see cref="AccessTokenCacheOptions.SizeLimit"/> entries at once; a refused token is never kept. Served from here, a
/// token is still refused as soon as its lifetime ends, by the validation's own rule (<see cref="ValidatedToken.LifetimeRefusal"/>).
/// Only the token's validation is cached: the checks that follow it (BearerEvents: account liveness, <c>crit</c>) run on
/// every request.
/// </summary>
internal sealed class ValidatedTokenCache(IOptions<AccessTokenCacheOptions> options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit });

    public bool Enabled => options.Value.Enabled;

    /// <summary>Tokens held now; never more than <see cref="AccessTokenCacheOptions.SizeLimit"/>.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The verdict on <paramref name="token"/> without validating it: a valid result (with its own claims identity) when it
    /// was validated less than MaxAge ago and its lifetime still holds; a refusal when its lifetime ended since (the entry is
    /// dropped); <c>null</c> when it must be validated (never seen, refused, evicted, or kept MaxAge already).
    /// </summary>
    public TokenValidationResult? Find(string token, TimeSpan clockSkew)
    {
        if (!_entries.TryGetValue(token, out ValidatedToken? entry) || entry is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= entry.StaleAt)
        {
            _entries.Remove(token);
            return null;
        }

        var refusal = entry.LifetimeRefusal(now, clockSkew);
        if (refusal is not null)
        {
            _entries.Remove(token);
            return refusal;
        }

        return entry.ForRequest();
    }

    /// <summary>
    /// Keeps <paramref name="result"/> when it is valid and its token has an expiry, and returns what the caller should use:
    /// a refused result as it is, a valid one as a copy whose claims identity is the request's own.
    /// </summary>
    public TokenValidationResult Remember(string token, TokenValidationResult result, TimeSpan clockSkew)
    {
        if (!result.IsValid || result.SecurityToken is not { } securityToken || result.ClaimsIdentity is not { } identity
            || securityToken.ValidTo == DateTime.MinValue)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var maxAge = options.Value.MaxAge;
        var entry = new ValidatedToken(securityToken, identity, result.Issuer, result.TokenType, now + maxAge);
        var untilExpiry = securityToken.ValidTo - now + clockSkew;
        var lifetime = untilExpiry < maxAge ? untilExpiry : maxAge;
        if (lifetime > TimeSpan.Zero)
        {
            // The cache's own expiry frees the memory; Find's checks on the injected clock decide what is served.
            _entries.Set(token, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        }

        return entry.ForRequest();
    }

    public void Dispose() => _entries.Dispose();
}
