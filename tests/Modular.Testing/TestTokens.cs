using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Accounts;
using StackExchange.Redis;

namespace Modular.Testing;

/// <summary>
/// Mints access tokens the test hosts accept, for tests that need a caller without going through Identity. A process
/// serves a token only when its subject is an active account (ADR 0021), so minting one also publishes the account's
/// state as active in the tests' Redis, as Identity does at registration; <see cref="ForUnknownAccount"/> does not.
/// </summary>
public static class TestTokens
{
    private static readonly Lazy<IConnectionMultiplexer> Redis = new(() => ConnectionMultiplexer.Connect($"{TestEnvironment.Redis},abortConnect=false"));

    public static string For(Guid userId, string email, params string[] roles) =>
        Create(userId, email, roles.Length == 0 ? [Roles.User] : roles, DateTime.UtcNow, TimeSpan.FromMinutes(15));

    public static string Admin(Guid userId, string email = "admin@tests.local") => For(userId, email, Roles.User, Roles.Admin);

    public static string Create(Guid userId, string email, IEnumerable<string> roles, DateTime issuedAtUtc, TimeSpan lifetime, string signingKey = TestEnvironment.JwtSigningKey)
    {
        PublishActive(userId);
        return Sign(userId, email, roles, issuedAtUtc, lifetime, signingKey);
    }

    /// <summary>A token signed with the real key, valid issuer, audience and expiry, whose subject no account has.</summary>
    public static string ForUnknownAccount(Guid userId, params string[] roles) =>
        Sign(userId, $"{userId:N}@unknown.tests.local", roles.Length == 0 ? [Roles.User] : roles, DateTime.UtcNow, TimeSpan.FromMinutes(15), TestEnvironment.JwtSigningKey);

    /// <summary>A valid token of an active account whose JOSE header also carries <paramref name="header"/> (e.g. <c>crit</c>).</summary>
    public static string WithHeader(Guid userId, IDictionary<string, object> header)
    {
        PublishActive(userId);
        return Sign(userId, $"{userId:N}@tests.local", [Roles.User], DateTime.UtcNow, TimeSpan.FromMinutes(15), TestEnvironment.JwtSigningKey, header);
    }

    /// <summary>What Identity publishes for an account that exists and may be served (never over a disabled state).</summary>
    public static void PublishActive(Guid userId) =>
        Redis.Value.GetDatabase().StringSet(AccountStateKeys.For(userId), AccountStateKeys.Active, when: When.NotExists);

    private static string Sign(Guid userId, string email, IEnumerable<string> roles, DateTime issuedAtUtc, TimeSpan lifetime, string signingKey, IDictionary<string, object>? header = null)
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
            AdditionalHeaderClaims = header,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
