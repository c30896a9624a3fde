using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Modular.Host.UnitTests.Authentication.TokenCache;

/// <summary>HS256 tokens and the validation parameters the host uses, for tests of the token handlers.</summary>
internal static class TestJwt
{
    public const string Key = "unit-test-signing-key-of-enough-length-0123456789";

    public static string Mint(DateTime notBefore, DateTime? expires, string key = Key)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", "user"), new Claim("jti", Guid.NewGuid().ToString())]),
            Issuer = "modular",
            Audience = "modular-api",
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static string Valid() => Mint(DateTime.UtcNow.AddSeconds(-1), DateTime.UtcNow.AddMinutes(15));

    /// <summary>One character of the signature changed (the first: the last one may only carry padding bits).</summary>
    public static string Tampered(string token)
    {
        var signature = token.LastIndexOf('.') + 1;
        var changed = token[signature] == 'A' ? 'B' : 'A';
        return string.Concat(token.AsSpan(0, signature), changed.ToString(), token.AsSpan(signature + 1));
    }

    public static TokenValidationParameters Parameters(TimeSpan clockSkew, bool requireExpirationTime = true) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = "modular",
        ValidateAudience = true,
        ValidAudience = "modular-api",
        ValidateLifetime = true,
        RequireExpirationTime = requireExpirationTime,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key)),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = clockSkew,
        NameClaimType = "sub",
        RoleClaimType = "role",
    };
}
