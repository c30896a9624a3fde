using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class LoginTests(ModularApiFactory factory)
{
    private readonly IdentityClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Login_answers_the_contract_shape_with_a_bearer_token_of_15_minutes()
    {
        var email = IdentityClient.NewEmail("login");
        var registered = await IdentityClient.JsonAsync(await _client.RegisterAsync(email));

        var response = await _client.LoginAsync(email.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await IdentityClient.JsonAsync(response);
        Assert.Equal(["accessToken", "expiresIn", "refreshToken", "tokenType", "user"], body.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(900, body.GetProperty("expiresIn").GetInt32());
        var user = body.GetProperty("user");
        Assert.Equal(registered.GetProperty("id").GetGuid(), user.GetProperty("id").GetGuid());
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal(["user"], user.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        // At least 256 random bits, base64url: 43 characters without padding.
        var refreshToken = body.GetProperty("refreshToken").GetString()!;
        Assert.True(refreshToken.Length >= 43);
        Assert.Matches("^[A-Za-z0-9_-]+$", refreshToken);
    }

    [Fact]
    public async Task The_access_token_carries_the_contracts_claims()
    {
        var email = IdentityClient.NewEmail("claims");
        var session = await _client.SignUpAsync(email);

        var token = new JsonWebToken(session.AccessToken);

        Assert.Equal("HS256", token.Alg);
        Assert.Equal(session.UserId.ToString(), token.Subject);
        Assert.Equal(email, token.GetClaim("email").Value);
        Assert.Equal(["user"], token.Claims.Where(claim => claim.Type == "role").Select(claim => claim.Value));
        Assert.True(Guid.TryParse(token.Id, out _));
        Assert.Equal(TestEnvironment.JwtIssuer, token.Issuer);
        Assert.Equal([TestEnvironment.JwtAudience], token.Audiences);
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
        Assert.InRange(token.IssuedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(5));
        Assert.NotEqual(token.Id, new JsonWebToken((await _client.SignInAsync(email)).AccessToken).Id);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_answer_the_same_401()
    {
        var email = IdentityClient.NewEmail("wrong");
        await _client.SignUpAsync(email);

        var wrongPassword = await _client.LoginAsync(email, "not the password");
        var unknownEmail = await _client.LoginAsync(IdentityClient.NewEmail("nobody"), "not the password");

        await Problem.AssertUnauthorizedAsync(wrongPassword);
        await Problem.AssertUnauthorizedAsync(unknownEmail);
        Assert.Equal(WithoutTraceId(await IdentityClient.JsonAsync(wrongPassword)), WithoutTraceId(await IdentityClient.JsonAsync(unknownEmail)));
        Assert.DoesNotContain("not the password", await wrongPassword.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_email_takes_about_as_long_as_a_wrong_password()
    {
        var email = IdentityClient.NewEmail("timing");
        await _client.SignUpAsync(email);

        var wrongPassword = await MedianMillisecondsAsync(() => _client.LoginAsync(email, "not the password"));
        var unknownEmail = await MedianMillisecondsAsync(() => _client.LoginAsync(IdentityClient.NewEmail("nobody"), "not the password"));

        // Both spend one bcrypt verification; without the dummy hash an unknown email would answer in a few percent of
        // the time. The bound is loose because the machine running the tests may be busy with other work.
        Assert.True(unknownEmail > wrongPassword * 0.3, $"unknown email {unknownEmail} ms vs wrong password {wrongPassword} ms");
        Assert.True(wrongPassword > unknownEmail * 0.3, $"wrong password {wrongPassword} ms vs unknown email {unknownEmail} ms");
    }

    [Fact]
    public async Task A_missing_field_is_400_not_401()
    {
        var response = await _client.LoginAsync(IdentityClient.NewEmail(), "");

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("password", Problem.Errors(problem).Single().Field);
    }

    [Fact]
    public async Task Passwords_are_stored_only_as_a_bcrypt_hash_of_cost_10_or_more()
    {
        var email = IdentityClient.NewEmail("hash");
        await _client.SignUpAsync(email);

        Assert.Equal(0, await IdentityDatabase.PasswordHashesContainingAsync(IdentityClient.Password));
        Assert.True(await IdentityDatabase.BcryptCostOfAsync(email) >= 10);
    }

    private static async Task<double> MedianMillisecondsAsync(Func<Task<HttpResponseMessage>> login)
    {
        var samples = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await login();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        return samples.Order().ElementAt(samples.Count / 2);
    }

    private static string WithoutTraceId(JsonElement problem) =>
        JsonSerializer.Serialize(problem.EnumerateObject().Where(property => property.Name != "traceId").ToDictionary(property => property.Name, property => property.Value));
}
