using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Security;

namespace Modular.Identity.Infrastructure.Security;

/// <summary>
/// Issues the contract's access tokens: HS256 with the same <see cref="JwtOptions"/> the platform validates with;
/// claims sub, email, one role per role, jti, the account's roles version (ADR 0041), the login's session id (sid, the
/// refresh-token family: ADR 0044), iat, and exp/nbf from the module's clock.
/// </summary>
internal sealed class JwtTokenService(IOptions<JwtOptions> options, TimeProvider clock) : ITokenService
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly JwtOptions _options = options.Value;
    private readonly SigningCredentials _credentials = new(
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.SigningKey)),
        SecurityAlgorithms.HmacSha256);

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(_options.RefreshTokenDays);

    public IssuedAccessToken IssueAccessToken(UserAccount account, Guid sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(_options.AccessTokenMinutes);
        var claims = new List<Claim>
        {
            new(JwtClaimNames.Subject, account.Id.ToString()),
            new(JwtClaimNames.Email, account.Email),
            new(JwtClaimNames.TokenId, Guid.NewGuid().ToString()),
            new(JwtClaimNames.RolesVersion, account.RolesVersion.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
            new(JwtClaimNames.SessionId, sessionId.ToString()),
        };
        claims.AddRange(account.Roles.Select(role => new Claim(JwtClaimNames.Role, role)));
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = _credentials,
        };
        return new IssuedAccessToken(Handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }
}
