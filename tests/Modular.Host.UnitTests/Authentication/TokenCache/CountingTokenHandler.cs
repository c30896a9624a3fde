using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Modular.Host.UnitTests.Authentication.TokenCache;

/// <summary>IdentityModel's JsonWebTokenHandler, counting the validations it is asked for.</summary>
internal sealed class CountingTokenHandler : TokenHandler
{
    private readonly JsonWebTokenHandler _inner = new() { MapInboundClaims = false };
    private int _validations;

    public int Validations => _validations;

    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        Interlocked.Increment(ref _validations);
        return _inner.ValidateTokenAsync(token, validationParameters);
    }
}
