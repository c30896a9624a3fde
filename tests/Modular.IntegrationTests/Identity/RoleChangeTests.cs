using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// A change of roles reaches existing access tokens within the same 5 seconds as a deletion, on every instance: a token
/// issued before the change is 401 (the client refreshes and gets one with the current roles), so a demoted admin can
/// neither use nor give itself back admin (ADR 0041).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RoleChangeTests(ModularApiFactory factory)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly Lazy<IConnectionMultiplexer> Redis = new(() => AccountStateStore.Connect(TestEnvironment.Redis));

    [Fact]
    public async Task A_demoted_admin_s_token_is_refused_everywhere_within_5_seconds_and_the_refreshed_one_is_a_user_s()
    {
        await using var other = factory.SecondInstance();
        var first = new IdentityClient(factory.CreateClient());
        var second = new IdentityClient(other.CreateClient());
        var admin = TestTokens.Admin(Guid.CreateVersion7());
        var target = await first.SignUpAsync();
        await first.KeepAnotherAdministratorAsync();
        Assert.Equal(HttpStatusCode.OK, (await first.ChangeRolesAsync(target.UserId, admin, new { roles = new[] { "user", "admin" } })).StatusCode);
        var promoted = await first.SignInAsync(target.Email);
        // Both instances have just served the admin token and may keep that answer.
        Assert.Equal(HttpStatusCode.OK, (await Send(first, "GET", "/api/users?limit=1", null, promoted.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(second, "GET", "/api/users?limit=1", null, promoted.AccessToken)).StatusCode);

        var demoted = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await first.ChangeRolesAsync(target.UserId, admin, new { roles = new[] { "user" } })).StatusCode);

        foreach (var instance in new[] { first, second })
        {
            await Eventually.Until(() => Send(instance, "GET", "/api/users?limit=1", null, promoted.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, Bound, "the demoted admin's token refused");
        }

        Assert.True(demoted.Elapsed < Bound, $"refused everywhere after {demoted.Elapsed}");
        var sku = $"DEMOTED-{Guid.NewGuid():N}"[..30];
        foreach (var instance in new[] { first, second })
        {
            await Problem.AssertUnauthorizedAsync(await Send(instance, "POST", "/api/products", $$"""{"sku":"{{sku}}","name":"Demoted","price":1,"stock":1}""", promoted.AccessToken));
            await Problem.AssertUnauthorizedAsync(await instance.ChangeRolesAsync(target.UserId, promoted.AccessToken, new { roles = new[] { "user", "admin" } }));
            await Problem.AssertUnauthorizedAsync(await instance.MeAsync(promoted.AccessToken));
            var graphQL = await new GraphQLClient(instance.Http).PostAsync("{ users { pagination { total } } }", token: promoted.AccessToken);
            Assert.Equal(HttpStatusCode.Unauthorized, graphQL.Status);
            graphQL.SingleError("UNAUTHENTICATED");
        }

        Assert.Contains("\"total\":0", await first.Http.GetStringAsync($"/api/products?search={sku}"), StringComparison.Ordinal);
        var me = await IdentityClient.JsonAsync(await first.MeAsync((await first.SignInAsync(target.Email)).AccessToken));
        Assert.Equal(["user"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));

        // The client refreshes: its new token carries the current roles, served at once on both instances, and is not an admin's.
        var refreshed = Session.From(await IdentityClient.JsonAsync(await second.RefreshAsync(promoted.RefreshToken)));
        foreach (var instance in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, (await instance.MeAsync(refreshed.AccessToken)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Send(instance, "GET", "/api/users?limit=1", null, refreshed.AccessToken)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await instance.ChangeRolesAsync(target.UserId, refreshed.AccessToken, new { roles = new[] { "user", "admin" } })).StatusCode);
        }
    }

    [Fact]
    public async Task A_promoted_user_s_old_token_is_refused_and_its_refreshed_token_is_an_admin_s()
    {
        var client = new IdentityClient(factory.CreateClient());
        var target = await client.SignUpAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(client, "GET", "/api/users?limit=1", null, target.AccessToken)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.ChangeRolesAsync(target.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "admin" } })).StatusCode);

        await Eventually.Until(() => client.MeAsync(target.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, Bound, "the token issued before the promotion refused");
        var refreshed = Session.From(await IdentityClient.JsonAsync(await client.RefreshAsync(target.RefreshToken)));
        Assert.Equal(HttpStatusCode.OK, (await Send(client, "GET", "/api/users?limit=1", null, refreshed.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Setting_the_same_roles_again_refuses_no_token()
    {
        var client = new IdentityClient(factory.CreateClient());
        var target = await client.SignUpAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.ChangeRolesAsync(target.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "user" } })).StatusCode);

        Assert.Null(await RolesVersionAsync(target.UserId));
        Assert.Equal(HttpStatusCode.OK, (await client.MeAsync(target.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task A_roles_version_whose_announcement_is_lost_is_still_enforced_within_5_seconds()
    {
        var client = new IdentityClient(factory.CreateClient());
        var target = await client.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.MeAsync(target.AccessToken)).StatusCode);

        var changed = Stopwatch.StartNew();
        await Redis.Value.GetDatabase().StringSetAsync(AccountStateKeys.RolesVersionFor(target.UserId), 1, TimeSpan.FromMinutes(17));

        await Eventually.Until(() => client.MeAsync(target.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, Bound, "the token refused without an announcement");
        Assert.True(changed.Elapsed < Bound, $"refused after {changed.Elapsed}");
    }

    [Fact]
    public async Task A_roles_version_a_failed_write_left_out_is_published_again_by_the_reconciliation()
    {
        await AccountStateStore.PublishedAsync();
        var client = new IdentityClient(factory.CreateClient());
        var target = await client.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.ChangeRolesAsync(target.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "admin" } })).StatusCode);
        Assert.Equal(1, await RolesVersionAsync(target.UserId));

        await Redis.Value.GetDatabase().KeyDeleteAsync(AccountStateKeys.RolesVersionFor(target.UserId));

        await Eventually.Until(() => RolesVersionAsync(target.UserId), version => version == 1, TimeSpan.FromSeconds(15), "the roles version published again");
        var ttl = await Redis.Value.GetDatabase().KeyTimeToLiveAsync(AccountStateKeys.RolesVersionFor(target.UserId));
        Assert.True(ttl is { } left && left <= TimeSpan.FromMinutes(17), $"the version lives as long as an access token can, not {ttl}");
    }

    private static async Task<int?> RolesVersionAsync(Guid userId)
    {
        var value = await Redis.Value.GetDatabase().StringGetAsync(AccountStateKeys.RolesVersionFor(userId));
        return value.IsNull ? null : (int)value;
    }

    private static Task<HttpResponseMessage> Send(IdentityClient client, string method, string path, string? body, string token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return client.Http.SendAsync(request);
    }
}
