using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class AccessTokenTests(ModularApiFactory factory)
{
    private readonly IdentityClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Me_answers_the_account_behind_the_token()
    {
        var email = IdentityClient.NewEmail("me");
        var session = await _client.SignUpAsync(email);

        var response = await _client.MeAsync(session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await IdentityClient.JsonAsync(response);
        Assert.Equal(["email", "id", "roles"], body.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(session.UserId, body.GetProperty("id").GetGuid());
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.Equal(["user"], body.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task Me_without_a_token_is_401_with_a_bearer_challenge() =>
        await Problem.AssertUnauthorizedAsync(await _client.MeAsync(null));

    [Fact]
    public async Task Me_with_a_garbage_token_is_401() =>
        await Problem.AssertUnauthorizedAsync(await _client.MeAsync("not.a.token"));

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var session = await _client.SignUpAsync();
        var forged = TestTokens.Create(session.UserId, session.Email, ["user", "admin"], DateTime.UtcNow, TimeSpan.FromMinutes(15), "another-key-of-enough-length-0123456789abcdef");

        await Problem.AssertUnauthorizedAsync(await _client.MeAsync(forged));
    }

    [Fact]
    public async Task An_expired_token_is_401_beyond_the_30_second_skew()
    {
        var session = await _client.SignUpAsync();
        var expired = TestTokens.Create(session.UserId, session.Email, ["user"], DateTime.UtcNow.AddMinutes(-20), TimeSpan.FromMinutes(15));

        await Problem.AssertUnauthorizedAsync(await _client.MeAsync(expired));
    }

    [Fact]
    public async Task A_token_without_exp_is_401()
    {
        var session = await _client.SignUpAsync();

        await Problem.AssertUnauthorizedAsync(await _client.MeAsync(Mint(session, issuer: TestEnvironment.JwtIssuer, audience: TestEnvironment.JwtAudience, expires: false)));
    }

    [Theory]
    [InlineData("someone-else", TestEnvironment.JwtAudience)]
    [InlineData(TestEnvironment.JwtIssuer, "another-api")]
    public async Task A_token_of_another_issuer_or_audience_is_401(string issuer, string audience)
    {
        var session = await _client.SignUpAsync();

        await Problem.AssertUnauthorizedAsync(await _client.MeAsync(Mint(session, issuer, audience, expires: true)));
    }

    [Fact]
    public async Task An_issued_token_is_accepted_by_the_shared_validation()
    {
        var session = await _client.SignUpAsync();

        Assert.Equal(HttpStatusCode.OK, (await _client.MeAsync(session.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.MeAsync(TestTokens.For(session.UserId, session.Email))).StatusCode);
    }

    private static string Mint(Session session, string issuer, string audience, bool expires)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", session.UserId.ToString()), new Claim("email", session.Email), new Claim("role", "user"), new Claim("jti", Guid.NewGuid().ToString())]),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires ? now.AddMinutes(15) : null,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestEnvironment.JwtSigningKey)), SecurityAlgorithms.HmacSha256),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var token = handler.CreateToken(descriptor);
        Assert.Equal(expires, new JsonWebToken(token).TryGetPayloadValue<long>("exp", out _));
        return token;
    }
}
