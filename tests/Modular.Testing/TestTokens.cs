using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Shared.Application.Security;

namespace Modular.Testing;

/// <summary>Mints access tokens the test hosts accept, for tests that need a caller without going through Identity.</summary>
public static class TestTokens
{
    public static string For(Guid userId, string email, params string[] roles) =>
        Create(userId, email, roles.Length == 0 ? [Roles.User] : roles, DateTime.UtcNow, TimeSpan.FromMinutes(15));

    public static string Admin(Guid userId, string email = "admin@tests.local") => For(userId, email, Roles.User, Roles.Admin);

    public static string Create(Guid userId, string email, IEnumerable<string> roles, DateTime issuedAtUtc, TimeSpan lifetime, string signingKey = TestEnvironment.JwtSigningKey)
    {
        var claims = new List<Claim>
        {
            new(JwtClaimNames.Subject, userId.ToString()),
            new(JwtClaimNames.Email, email),
            new(JwtClaimNames.TokenId, Guid.NewGuid().ToString()),
        };
        claims.AddRange(roles.Select(role => new Claim(JwtClaimNames.Role, role)));
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = TestEnvironment.JwtIssuer,
            Audience = TestEnvironment.JwtAudience,
            IssuedAt = issuedAtUtc,
            NotBefore = issuedAtUtc,
            Expires = issuedAtUtc + lifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
