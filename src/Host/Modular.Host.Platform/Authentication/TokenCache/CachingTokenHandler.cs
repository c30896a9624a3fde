using Microsoft.IdentityModel.Tokens;

namespace Modular.Host.Platform.Authentication.TokenCache;

/// <summary>
/// The token handler JwtBearerHandler calls (<c>JwtBearerOptions.TokenHandlers</c>): answers from
/// <see cref="ValidatedTokenCache"/> when it knows the token, else asks <paramref name="inner"/> (IdentityModel's
/// <c>JsonWebTokenHandler</c>) and remembers a valid answer. The handler's events (TokenValidated) run after it either way.
/// </summary>
internal sealed class CachingTokenHandler(TokenHandler inner, ValidatedTokenCache cache) : TokenHandler
{
    public override int MaximumTokenSizeInBytes
    {
        get => inner.MaximumTokenSizeInBytes;
        set => inner.MaximumTokenSizeInBytes = value;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (string.IsNullOrEmpty(token))
        {
            return inner.ValidateTokenAsync(token, validationParameters);
        }

        return cache.Find(token, validationParameters.ClockSkew) is { } known
            ? Task.FromResult(known)
            : ValidateAndRememberAsync(token, validationParameters);
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override string ToString() => $"{nameof(CachingTokenHandler)}({inner})";

    private async Task<TokenValidationResult> ValidateAndRememberAsync(string token, TokenValidationParameters validationParameters) =>
        cache.Remember(token, await inner.ValidateTokenAsync(token, validationParameters), validationParameters.ClockSkew);
}
