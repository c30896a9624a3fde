using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;
using Modular.Testing.Notifications;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// Ending a login (a refresh token presented again, or logout) ends its access tokens too: within 5 seconds they are 401 on
/// REST, GraphQL and the hub of every instance, and the login's open hub connections are closed; the account's other logins
/// and tokens issued before tokens carried a session id are unaffected (ADR 0044).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EndedSessionTests(ModularApiFactory factory) : TwoInstanceTests(factory)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly Lazy<IConnectionMultiplexer> Redis = new(() => AccountStateStore.Connect(TestEnvironment.Redis));
    [Fact]
    public async Task A_reused_refresh_token_ends_the_login_s_access_tokens_everywhere_within_5_seconds_and_no_other_login()
    {
        var (first, second) = (new IdentityClient(Factory.CreateClient()), new IdentityClient(Other.CreateClient()));
        var login = await first.SignUpAsync();
        var otherLogin = await second.SignInAsync(login.Email);
        var rotated = Session.From(await IdentityClient.JsonAsync(await first.RefreshAsync(login.RefreshToken)));
        var legacy = TestTokens.For(login.UserId, login.Email);
        await using var here = await NotificationsHubClient.ConnectAsync(Factory.Server, rotated.AccessToken);
        await using var elsewhere = await NotificationsHubClient.ConnectAsync(Other.Server, rotated.AccessToken);
        await using var otherTab = await NotificationsHubClient.ConnectAsync(Other.Server, otherLogin.AccessToken);
        await using var legacyTab = await NotificationsHubClient.ConnectAsync(Factory.Server, legacy);
        await ServedEverywhereAsync([first, second], login.UserId, rotated.AccessToken);

        var reused = Stopwatch.StartNew();
        await Problem.AssertUnauthorizedAsync(await second.RefreshAsync(login.RefreshToken));

        await Task.WhenAll(
            RefusedAsync(first, login.UserId, rotated.AccessToken, "on the instance that did not take the reuse"),
            RefusedAsync(second, login.UserId, rotated.AccessToken, "on the instance that took the reuse"),
            ClosedAsync(here, "here"),
            ClosedAsync(elsewhere, "elsewhere"));
        Assert.True(reused.Elapsed < Bound, $"refused and closed everywhere after {reused.Elapsed}");

        await AssertRefusedEverywhereAsync([first, second], login.UserId, rotated.AccessToken);
        await AssertRefusedEverywhereAsync([first, second], login.UserId, login.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Assert.ThrowsAsync<HttpRequestException>(() => NotificationsHubClient.ConnectAsync(Factory.Server, rotated.AccessToken))).StatusCode);
        await Problem.AssertUnauthorizedAsync(await first.RefreshAsync(rotated.RefreshToken));

        // The account's other login, and a token without a session id, are untouched.
        await ServedEverywhereAsync([first, second], login.UserId, otherLogin.AccessToken);
        await ServedEverywhereAsync([first, second], login.UserId, legacy);
        Assert.Equal(HubConnectionState.Connected, otherTab.State);
        Assert.Equal(HubConnectionState.Connected, legacyTab.State);
        Assert.Equal(HttpStatusCode.OK, (await second.RefreshAsync(otherLogin.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_every_access_token_of_that_login_everywhere_within_5_seconds_and_no_other_login()
    {
        var (first, second) = (new IdentityClient(Factory.CreateClient()), new IdentityClient(Other.CreateClient()));
        var login = await first.SignUpAsync();
        var rotated = Session.From(await IdentityClient.JsonAsync(await second.RefreshAsync(login.RefreshToken)));
        var otherLogin = await first.SignInAsync(login.Email);
        await using var tab = await NotificationsHubClient.ConnectAsync(Other.Server, login.AccessToken);
        await using var otherTab = await NotificationsHubClient.ConnectAsync(Other.Server, otherLogin.AccessToken);
        await ServedEverywhereAsync([first, second], login.UserId, login.AccessToken);
        await ServedEverywhereAsync([first, second], login.UserId, rotated.AccessToken);

        var loggedOut = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.NoContent, (await first.LogoutAsync(rotated.RefreshToken)).StatusCode);

        await Task.WhenAll(
            RefusedAsync(first, login.UserId, rotated.AccessToken, "the latest token here"),
            RefusedAsync(second, login.UserId, rotated.AccessToken, "the latest token elsewhere"),
            RefusedAsync(first, login.UserId, login.AccessToken, "the first token here"),
            RefusedAsync(second, login.UserId, login.AccessToken, "the first token elsewhere"),
            ClosedAsync(tab, "elsewhere"));
        Assert.True(loggedOut.Elapsed < Bound, $"refused and closed everywhere after {loggedOut.Elapsed}");

        await AssertRefusedEverywhereAsync([first, second], login.UserId, rotated.AccessToken);
        await ServedEverywhereAsync([first, second], login.UserId, otherLogin.AccessToken);
        Assert.Equal(HubConnectionState.Connected, otherTab.State);
    }

    [Fact]
    public async Task Logout_through_GraphQL_ends_the_login_s_access_tokens_too()
    {
        var identity = new IdentityClient(Factory.CreateClient());
        var login = await identity.SignUpAsync();
        var graphQL = new GraphQLClient(identity.Http);
        Assert.Equal(HttpStatusCode.OK, (await graphQL.PostAsync("{ me { id } }", token: login.AccessToken)).Status);

        var logout = await graphQL.DataAsync("mutation($input: LogoutInput!) { logout(input: $input) }", new { input = new { refreshToken = login.RefreshToken } });
        Assert.True(logout.GetProperty("logout").GetBoolean());

        await Eventually.Until(() => graphQL.PostAsync("{ me { id } }", token: login.AccessToken), answer => answer.Status == HttpStatusCode.Unauthorized, Bound, "the token refused on GraphQL");
        await Problem.AssertUnauthorizedAsync(await identity.MeAsync(login.AccessToken));
    }

    [Fact]
    public async Task An_ended_login_whose_announcement_is_lost_is_still_refused_within_5_seconds()
    {
        var identity = new IdentityClient(Factory.CreateClient());
        var login = await identity.SignUpAsync();
        var other = await identity.SignInAsync(login.Email);
        await ServedEverywhereAsync([identity], login.UserId, login.AccessToken);

        var ended = Stopwatch.StartNew();
        await Redis.Value.GetDatabase().StringSetAsync(
            AccountStateKeys.EndedSessionsFor(login.UserId), EndedSessions.Entry(SessionIdOf(login.AccessToken), DateTimeOffset.UtcNow.AddMinutes(16)), TimeSpan.FromMinutes(16));

        await RefusedAsync(identity, login.UserId, login.AccessToken, "without an announcement");
        Assert.True(ended.Elapsed < Bound, $"refused after {ended.Elapsed}");
        await ServedEverywhereAsync([identity], login.UserId, other.AccessToken);
    }

    [Fact]
    public async Task An_ended_login_a_lost_write_left_out_is_published_again_by_the_reconciliation_for_an_access_token_s_life()
    {
        await AccountStateStore.PublishedAsync();
        var identity = new IdentityClient(Factory.CreateClient());
        var login = await identity.SignUpAsync();
        var sessionId = SessionIdOf(login.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, (await identity.LogoutAsync(login.RefreshToken)).StatusCode);
        Assert.Equal([sessionId], await EndedSessionsOfAsync(login.UserId));

        await Redis.Value.GetDatabase().KeyDeleteAsync(AccountStateKeys.EndedSessionsFor(login.UserId));

        await Eventually.Until(() => EndedSessionsOfAsync(login.UserId), sessions => sessions.SequenceEqual([sessionId]), TimeSpan.FromSeconds(15), "the ended login published again");
        var ttl = await Redis.Value.GetDatabase().KeyTimeToLiveAsync(AccountStateKeys.EndedSessionsFor(login.UserId));
        // An access token lives 15 minutes, the clock skew 30 s: the entry outlives every token of the login, not much longer.
        Assert.True(ttl is { } left && left > TimeSpan.FromMinutes(15.5) && left <= TimeSpan.FromMinutes(17), $"the ended login lives as long as an access token can, not {ttl}");
        await RefusedAsync(identity, login.UserId, login.AccessToken, "after the reconciliation");
    }

    internal static Guid SessionIdOf(string accessToken) => Guid.Parse(new JsonWebToken(accessToken).GetClaim("sid").Value);

    private static async Task<Guid[]> EndedSessionsOfAsync(Guid userId) =>
        EndedSessions.Parse(await Redis.Value.GetDatabase().StringGetAsync(AccountStateKeys.EndedSessionsFor(userId))) ?? [];

    /// <summary>Served on each instance (polled: the profile is created from the registration's event within a second).</summary>
    private static async Task ServedEverywhereAsync(IdentityClient[] instances, Guid userId, string token)
    {
        foreach (var instance in instances)
        {
            await Eventually.Until(() => ProfileAsync(instance, userId, token), response => response.StatusCode == HttpStatusCode.OK, Bound, "the token served");
        }
    }

    private static Task RefusedAsync(IdentityClient instance, Guid userId, string token, string what) =>
        Eventually.Until(() => ProfileAsync(instance, userId, token), response => response.StatusCode == HttpStatusCode.Unauthorized, Bound, $"the ended login's token refused {what}");

    /// <summary>REST (a user endpoint and an anonymous one), GraphQL and the hub's negotiate all refuse the token.</summary>
    private static async Task AssertRefusedEverywhereAsync(IdentityClient[] instances, Guid userId, string token)
    {
        foreach (var instance in instances)
        {
            await Problem.AssertUnauthorizedAsync(await ProfileAsync(instance, userId, token));
            await Problem.AssertUnauthorizedAsync(await instance.MeAsync(token));
            await Problem.AssertUnauthorizedAsync(await SendAsync(instance, HttpMethod.Get, "/api/products?limit=1", token));
            await Problem.AssertUnauthorizedAsync(await SendAsync(instance, HttpMethod.Post, $"{NotificationsHubClient.HubPath}/negotiate?negotiateVersion=1", token));
            var graphQL = await new GraphQLClient(instance.Http).PostAsync("{ me { id } }", token: token);
            Assert.Equal(HttpStatusCode.Unauthorized, graphQL.Status);
            graphQL.SingleError("UNAUTHENTICATED");
        }
    }

    private static Task<HttpResponseMessage> ProfileAsync(IdentityClient instance, Guid userId, string token) =>
        SendAsync(instance, HttpMethod.Get, $"/api/users/{userId}", token);

    private static Task<HttpResponseMessage> SendAsync(IdentityClient instance, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return instance.Http.SendAsync(request);
    }

    private static Task ClosedAsync(NotificationsHubClient client, string where) =>
        Eventually.Until(() => Task.FromResult(client.State), state => state == HubConnectionState.Disconnected, Bound, $"the ended login's connection closed {where}");
}
