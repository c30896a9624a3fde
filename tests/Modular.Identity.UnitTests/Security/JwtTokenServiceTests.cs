using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Infrastructure.Security;
using Modular.Shared.Application.Security;

namespace Modular.Identity.UnitTests.Security;

public sealed class JwtTokenServiceTests
{
    private const string Key = "unit-tests-signing-key-0123456789abcdefghijklmnop";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly JwtOptions _options = new() { SigningKey = Key, Issuer = "issuer-x", Audience = "audience-y", AccessTokenMinutes = 15, RefreshTokenDays = 7 };
    private static readonly Guid Session = Guid.CreateVersion7();

    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public void The_token_carries_sub_email_one_role_claim_per_role_jti_iat_and_the_lifetime()
    {
        var account = Admin();

        var issued = Service().IssueAccessToken(account, Session);

        var token = new JsonWebToken(issued.Value);
        Assert.Equal(SecurityAlgorithms.HmacSha256, token.Alg);
        Assert.Equal(account.Id.ToString(), token.Subject);
        Assert.Equal(account.Email, token.GetClaim(JwtClaimNames.Email).Value);
        Assert.Equal(["user", "admin"], token.Claims.Where(claim => claim.Type == JwtClaimNames.Role).Select(claim => claim.Value));
        Assert.True(Guid.TryParse(token.Id, out _));
        Assert.Equal("issuer-x", token.Issuer);
        Assert.Equal(["audience-y"], token.Audiences);
        Assert.Equal(Now.UtcDateTime, token.IssuedAt);
        Assert.Equal(Now.UtcDateTime, token.ValidFrom);
        Assert.Equal(Now.UtcDateTime.AddMinutes(15), token.ValidTo);
        Assert.Equal(900, issued.ExpiresInSeconds);
    }

    [Fact]
    public void The_token_carries_the_account_s_roles_version_as_an_integer()
    {
        var account = Admin();
        Assert.Equal(0, new JsonWebToken(Service().IssueAccessToken(account, Session).Value).GetPayloadValue<int>(JwtClaimNames.RolesVersion));

        account.ChangeRoles(["user"], Now);
        account.ChangeRoles(["admin"], Now);

        Assert.Equal(2, new JsonWebToken(Service().IssueAccessToken(account, Session).Value).GetPayloadValue<int>(JwtClaimNames.RolesVersion));
    }

    [Fact]
    public void The_token_names_its_login_in_the_sid_claim()
    {
        var login = Guid.CreateVersion7();

        var token = new JsonWebToken(Service().IssueAccessToken(Admin(), login).Value);

        Assert.Equal(login.ToString(), token.GetClaim(JwtClaimNames.SessionId).Value);
        Assert.Equal("sid", JwtClaimNames.SessionId);
    }

    [Fact]
    public void Time_comes_from_the_clock_and_every_token_has_its_own_jti()
    {
        var service = Service();
        var first = new JsonWebToken(service.IssueAccessToken(Admin(), Session).Value);

        _clock.Advance(TimeSpan.FromMinutes(3));
        var second = new JsonWebToken(service.IssueAccessToken(Admin(), Session).Value);

        Assert.Equal(Now.UtcDateTime.AddMinutes(3), second.IssuedAt);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task The_signature_validates_with_the_configured_key_only()
    {
        var issued = Service().IssueAccessToken(Admin(), Session);
        var handler = new JsonWebTokenHandler();

        var good = await handler.ValidateTokenAsync(issued.Value, Parameters(Key));
        var bad = await handler.ValidateTokenAsync(issued.Value, Parameters("some-other-signing-key-0123456789abcdefghijklm"));

        Assert.True(good.IsValid, good.Exception?.Message);
        Assert.False(bad.IsValid);
    }

    [Fact]
    public void The_refresh_lifetime_is_the_configured_days()
    {
        _options.RefreshTokenDays = 3;

        Assert.Equal(TimeSpan.FromDays(3), Service().RefreshTokenLifetime);
    }

    private JwtTokenService Service() => new(Options.Create(_options), _clock);

    private UserAccount Admin() => UserAccount.RegisterAdministrator("Admin", "Admin@Example.com", "hash", _clock.GetUtcNow());

    private TokenValidationParameters Parameters(string key) => new()
    {
        ValidIssuer = "issuer-x",
        ValidAudience = "audience-y",
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
        ValidateLifetime = false,
    };
}
