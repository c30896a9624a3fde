using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// Only live accounts are served (ADR 0021): a token signed with the real key, with valid issuer, audience and expiry, is
/// refused on every endpoint and on the hub when its subject names no account or a disabled one, and nothing is applied.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccountLivenessTests(ModularApiFactory factory)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Method, path (<c>{sub}</c> is the token's subject), body, and whether the token carries the admin role.</summary>
    public static TheoryData<string, string, string?, bool> Endpoints => new()
    {
        { "GET", "/api/identity/me", null, false },
        { "GET", "/api/orders?page=1&limit=5", null, false },
        { "POST", "/api/orders", """{"items":[{"productId":"01000000-0000-7000-8000-000000000001","quantity":1}]}""", false },
        { "GET", "/api/users/{sub}", null, false },
        { "PATCH", "/api/users/{sub}", """{"name":"Nobody"}""", false },
        { "DELETE", "/api/users/{sub}", null, false },
        { "POST", "/api/products", """{"sku":"LIVENESS-{sub}","name":"Forged","price":1,"stock":5}""", true },
        { "GET", "/api/users?page=1", null, true },
        { "PUT", "/api/identity/users/{sub}/roles", """{"roles":["user","admin"]}""", true },
        { "POST", "/hubs/notifications/negotiate?negotiateVersion=1", null, false },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_signed_token_whose_subject_is_no_account_is_401_and_changes_nothing(string method, string path, string? body, bool admin)
    {
        await AccountStateStore.PublishedAsync();
        var subject = Guid.CreateVersion7();
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Request(method, path, body, subject, TestTokens.ForUnknownAccount(subject, Roles(admin))));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        if (path == "/api/products")
        {
            var listed = await client.GetStringAsync($"/api/products?search=LIVENESS-{subject}");
            Assert.Contains("\"total\":0", listed, StringComparison.Ordinal);
        }

        // The same request with a token of a registered account gets past authentication: the subject alone decided.
        var session = await new IdentityClient(client).SignUpAsync();
        var token = admin ? TestTokens.Admin(session.UserId) : session.AccessToken;
        var served = await client.SendAsync(Request(method, path, body, session.UserId, token));
        Assert.NotEqual(HttpStatusCode.Unauthorized, served.StatusCode);
    }

    [Fact]
    public async Task A_token_whose_header_names_a_critical_extension_is_401()
    {
        var subject = Guid.CreateVersion7();
        using var client = factory.CreateClient();

        foreach (var crit in new object[] { new[] { "exp" }, new[] { "b64" }, Array.Empty<string>() })
        {
            var response = await client.SendAsync(Request("GET", "/api/orders", null, subject, TestTokens.WithHeader(subject, new Dictionary<string, object> { ["crit"] = crit })));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request("GET", "/api/orders", null, subject, TestTokens.For(subject, "crit@tests.local")))).StatusCode);
    }

    [Fact]
    public async Task Registration_login_and_the_first_request_work_at_once_on_every_instance()
    {
        await using var other = factory.SecondInstance();
        var first = new IdentityClient(factory.CreateClient());
        var second = new IdentityClient(other.CreateClient());
        await AccountStateStore.PublishedAsync();

        foreach (var (registrar, signer, caller) in new[] { (first, second, first), (second, first, second), (first, first, second) })
        {
            var email = IdentityClient.NewEmail("at-once");
            Assert.Equal(HttpStatusCode.Created, (await registrar.RegisterAsync(email)).StatusCode);
            var session = await signer.SignInAsync(email);

            Assert.Equal(HttpStatusCode.OK, (await caller.MeAsync(session.AccessToken)).StatusCode);
            Assert.Equal(AccountStateKeys.Active, await AccountStateStore.StateOfAsync(session.UserId));
        }
    }

    [Fact]
    public async Task A_disabled_state_whose_announcement_is_lost_is_still_enforced_everywhere_within_5_seconds()
    {
        await using var other = factory.SecondInstance();
        var first = new IdentityClient(factory.CreateClient());
        var second = new IdentityClient(other.CreateClient());
        var session = await first.SignUpAsync();
        // Both processes have just read "active" and may keep that answer.
        Assert.Equal(HttpStatusCode.OK, (await first.MeAsync(session.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.MeAsync(session.AccessToken)).StatusCode);

        var disabled = Stopwatch.StartNew();
        await AccountStateStore.WriteSilentlyAsync(session.UserId, AccountStateKeys.Disabled);

        await Task.WhenAll(
            Eventually.Until(() => first.MeAsync(session.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, Bound, "refused on the first instance"),
            Eventually.Until(() => second.MeAsync(session.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, Bound, "refused on the second instance"));
        Assert.True(disabled.Elapsed < Bound, $"refused everywhere after {disabled.Elapsed}");
    }

    [Fact]
    public async Task Login_republishes_an_active_state_that_went_missing()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var email = IdentityClient.NewEmail("republished");
        var session = await identity.SignUpAsync(email);
        await AccountStateStore.PublishedAsync();

        await AccountStateStore.RemoveSilentlyAsync(session.UserId);
        var again = await identity.SignInAsync(email);

        Assert.Equal(AccountStateKeys.Active, await AccountStateStore.StateOfAsync(session.UserId));
        Assert.Equal(HttpStatusCode.OK, (await identity.MeAsync(again.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task A_state_a_failed_write_left_out_is_published_again_by_Identity_s_reconciliation()
    {
        await AccountStateStore.PublishedAsync();
        var session = await new IdentityClient(factory.CreateClient()).SignUpAsync();

        await AccountStateStore.RemoveSilentlyAsync(session.UserId);

        await Eventually.Until(() => AccountStateStore.StateOfAsync(session.UserId), state => state == AccountStateKeys.Active, TimeSpan.FromSeconds(15), "the state published again");
    }

    private static string[] Roles(bool admin) => admin ? ["user", "admin"] : ["user"];

    private static HttpRequestMessage Request(string method, string path, string? body, Guid subject, string token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{sub}", subject.ToString(), StringComparison.Ordinal));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.Replace("{sub}", subject.ToString("N"), StringComparison.Ordinal), Encoding.UTF8, "application/json");
        }

        return request;
    }
}
