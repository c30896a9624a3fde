using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// A presented bearer token that is refused (a dead or unknown account, expired, garbage, tampered, another key) is 401
/// with a Bearer challenge on every endpoint, the anonymous ones included, on REST, GraphQL and the hub; it is never
/// served as an anonymous caller. Only the orchestrators' probes ignore it (ADR 0041).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RefusedTokenTests(ModularApiFactory factory)
{
    private const string ProductsQuery = "{ products(limit: 1) { pagination { total } } }";

    public static TheoryData<string> TokenKinds => ["no such account", "disabled account", "expired", "garbage", "tampered signature", "another key"];

    /// <summary>Anonymous endpoints (and an unknown route): method, path, body (<c>{n}</c> becomes a fresh value).</summary>
    private static readonly (string Method, string Path, string? Body)[] AnonymousEndpoints =
    [
        ("GET", "/api/products?limit=1", null),
        ("HEAD", "/api/products", null),
        ("GET", "/api/products/01000000-0000-7000-8000-000000000001", null),
        ("POST", "/api/identity/register", """{"name":"Refused","email":"refused-{n}@tests.local","password":"correct horse battery"}"""),
        ("POST", "/api/identity/login", """{"email":"refused-{n}@tests.local","password":"correct horse battery"}"""),
        ("POST", "/api/identity/refresh", """{"refreshToken":"bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMDEyMzQ1Njc4OQ"}"""),
        ("POST", "/api/identity/logout", """{"refreshToken":"bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMDEyMzQ1Njc4OQ"}"""),
        ("GET", "/openapi/v1.json", null),
        ("GET", "/api/no-such-route", null),
        ("POST", "/hubs/notifications/negotiate?negotiateVersion=1", null),
    ];

    [Theory]
    [MemberData(nameof(TokenKinds))]
    public async Task A_refused_token_is_401_with_a_challenge_on_anonymous_REST_endpoints_and_changes_nothing(string kind)
    {
        using var client = factory.CreateClient();
        var token = await RefusedTokenAsync(kind);

        foreach (var (method, path, body) in AnonymousEndpoints)
        {
            var n = Guid.NewGuid().ToString("N");
            var response = await client.SendAsync(Request(method, path, body?.Replace("{n}", n, StringComparison.Ordinal), token));

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {method} {path} answered {(int)response.StatusCode}");
            Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
            if (method != "HEAD")
            {
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
            }

            if (path == "/api/identity/register")
            {
                Assert.Equal(0, await IdentityDatabase.AccountsWithEmailAsync($"refused-{n}@tests.local"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TokenKinds))]
    public async Task A_refused_token_is_401_UNAUTHENTICATED_on_GraphQL_whatever_the_media_type(string kind)
    {
        using var client = factory.CreateClient();
        var token = await RefusedTokenAsync(kind);

        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            var post = await GraphQLAnswer.ReadAsync(await new GraphQLClient(client).PostRawAsync($$"""{"query":"{{ProductsQuery}}"}""", token, accept));
            var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(ProductsQuery)}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            get.Headers.TryAddWithoutValidation("Accept", accept);

            foreach (var answer in new[] { post, await GraphQLAnswer.ReadAsync(await client.SendAsync(get)) })
            {
                Assert.True(answer.Status == HttpStatusCode.Unauthorized, $"{kind}, {accept}: {(int)answer.Status} {answer.Text}");
                Assert.Equal(accept, answer.MediaType);
                Assert.Equal("Bearer error=\"invalid_token\"", answer.Headers.WwwAuthenticate.ToString());
                answer.SingleError("UNAUTHENTICATED");
                Assert.False(answer.Body.TryGetProperty("data", out _), answer.Text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TokenKinds))]
    public async Task The_orchestrators_probes_ignore_a_refused_token(string kind)
    {
        using var client = factory.CreateClient();
        var token = await RefusedTokenAsync(kind);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request("GET", "/health/live", null, token))).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await client.SendAsync(Request("GET", "/health/ready", null, token))).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_anonymous_endpoints_still_serve_anonymous_callers()
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/products"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Request("POST", "/api/identity/logout", """{"refreshToken":"x"}""", null))).StatusCode);
        var answer = await new GraphQLClient(client).PostAsync(ProductsQuery);
        Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, answer.Text);
        // A valid token is served on the same endpoints.
        var session = await new IdentityClient(client).SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request("GET", "/api/products?limit=1", null, session.AccessToken))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new GraphQLClient(client).PostAsync(ProductsQuery, token: session.AccessToken)).Status);
    }

    [Fact]
    public async Task A_user_that_deleted_itself_is_refused_on_anonymous_endpoints_within_5_seconds()
    {
        using var client = factory.CreateClient();
        var session = await new IdentityClient(client).SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request("GET", "/api/products?limit=1", null, session.AccessToken))).StatusCode);
        // The profile is created from the registration's event: deleting it before it exists is a 404, not the subject.
        await Eventually.Until(
            () => client.SendAsync(Request("GET", $"/api/users/{session.UserId}", null, session.AccessToken)),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "the profile");

        var deleted = await client.SendAsync(Request("DELETE", $"/api/users/{session.UserId}", null, session.AccessToken));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        await Eventually.Until(
            () => client.SendAsync(Request("GET", "/api/products?limit=1", null, session.AccessToken)),
            response => response.StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(5),
            "the deleted user's token refused on GET /api/products");
        Assert.Equal(HttpStatusCode.Unauthorized, (await new GraphQLClient(client).PostAsync(ProductsQuery, token: session.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request("POST", "/api/identity/login", $$"""{"email":"{{session.Email}}","password":"{{IdentityClient.Password}}"}""", session.AccessToken))).StatusCode);
    }

    private static async Task<string> RefusedTokenAsync(string kind)
    {
        var subject = Guid.CreateVersion7();
        var email = $"{subject:N}@refused.tests.local";
        switch (kind)
        {
            case "no such account":
                await AccountStateStore.PublishedAsync();
                return TestTokens.ForUnknownAccount(subject);
            case "disabled account":
                var token = TestTokens.For(subject, email);
                await AccountStateStore.WriteSilentlyAsync(subject, AccountStateKeys.Disabled);
                return token;
            case "expired":
                return TestTokens.Create(subject, email, ["user"], DateTime.UtcNow.AddHours(-2), TimeSpan.FromMinutes(15));
            case "garbage":
                return "not.a.token";
            case "tampered signature":
                var valid = TestTokens.For(subject, email);
                return valid[..^4] + (valid[^4] == 'A' ? "BBBB" : "AAAA");
            case "another key":
                return TestTokens.Create(subject, email, ["user"], DateTime.UtcNow, TimeSpan.FromMinutes(15), "another-signing-key-0123456789abcdefghijklmnop");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static HttpRequestMessage Request(string method, string path, string? body, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
