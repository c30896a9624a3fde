using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;
using Modular.Testing.Processes;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// What ADR 0021 states for a Redis of the instance's own that is flushed, stopped and started empty again: Identity
/// rebuilds the states from its database by itself; meanwhile each process keeps the last state it read for a user and
/// accepts a user it never saw on the token alone. Ended logins (ADR 0044) degrade the same way: PostgreSQL (the
/// families' revocation) is their source of truth, and a login ended while Redis is away is refused once it is back.
/// Each test gets a Redis of its own (xUnit makes one instance of the class per test).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccountLivenessOutageTests(ModularApiFactory factory) : IAsyncLifetime
{
    private static readonly TimeSpan Rebuilt = TimeSpan.FromSeconds(20);
    private readonly ProcessWorkspace _workspace = ProcessWorkspace.Create("account-liveness-outage");
    private RedisServer? _redis;
    private WebApplicationFactory<Program>? _host;
    private IConnectionMultiplexer? _store;

    private RedisServer Redis => _redis ?? throw new InvalidOperationException("Redis has not been started");

    private string RedisConnection => $"{Redis.ConnectionString},connectTimeout=1000";

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync(_workspace);
        _store = AccountStateStore.Connect(RedisConnection);
        _host = factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", RedisConnection)
            .UseSetting("Identity:AccountStates:SyncInterval", "00:00:01")
            .UseSetting("Messaging:ConsumeEvents", "false"));
        _host.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _store?.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _workspace.Dispose();
    }

    [Fact]
    public async Task States_survive_a_flush_an_outage_and_an_empty_restart()
    {
        using var client = _host!.CreateClient();
        var identity = new IdentityClient(client);
        await AccountStateStore.PublishedAsync(_store, Rebuilt);
        var active = await identity.SignUpAsync();
        var disabled = await identity.SignUpAsync();
        // Disabled in the database only: Identity's reconciliation publishes it, and every process refuses it.
        await IdentityDatabase.DisableAsync(disabled.UserId);
        await Eventually.Until(() => OrdersAsync(client, disabled.AccessToken), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "the disabled account refused");
        Assert.Equal(AccountStateKeys.Disabled, await AccountStateStore.StateOfAsync(disabled.UserId, _store));
        Assert.Equal(HttpStatusCode.Unauthorized, await OrdersOfUnknownAsync(client));

        // A flush: the states come back from Identity's database, and the live account is served throughout.
        await _store!.GetServer(_store.GetEndPoints()[0]).FlushAllDatabasesAsync();
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, active.AccessToken));
        await AccountStateStore.PublishedAsync(_store, Rebuilt);
        Assert.Equal(AccountStateKeys.Active, await AccountStateStore.StateOfAsync(active.UserId, _store));
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, active.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await OrdersAsync(client, disabled.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await OrdersOfUnknownAsync(client));

        // An outage: the last state read for each user stands; a user never seen is accepted on the token alone.
        await Redis.StopAsync();
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, active.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await OrdersAsync(client, disabled.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await OrdersOfUnknownAsync(client));
        var registeredMeanwhile = await identity.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, registeredMeanwhile.AccessToken));

        // Back, empty: Identity rebuilds every state, including the account registered while Redis was away.
        await Redis.StartAsync();
        await AccountStateStore.PublishedAsync(_store, Rebuilt);
        Assert.Equal(AccountStateKeys.Active, await AccountStateStore.StateOfAsync(registeredMeanwhile.UserId, _store));
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, registeredMeanwhile.AccessToken));
        await Eventually.Until(() => OrdersOfUnknownAsync(client), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "an unknown subject refused again");
    }

    [Fact]
    public async Task Ended_logins_survive_a_flush_an_outage_and_an_empty_restart()
    {
        using var client = _host!.CreateClient();
        var identity = new IdentityClient(client);
        await AccountStateStore.PublishedAsync(_store, Rebuilt);
        var ended = await identity.SignUpAsync();
        var kept = await identity.SignInAsync(ended.Email);
        Assert.Equal(HttpStatusCode.NoContent, (await identity.LogoutAsync(ended.RefreshToken)).StatusCode);
        await Eventually.Until(() => OrdersAsync(client, ended.AccessToken), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "the ended login refused");

        // A flush: the ended login comes back from the families' revocation in PostgreSQL; the other login is served throughout.
        await _store!.GetServer(_store.GetEndPoints()[0]).FlushAllDatabasesAsync();
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, kept.AccessToken));
        await AccountStateStore.PublishedAsync(_store, Rebuilt);
        Assert.Equal([EndedSessionTests.SessionIdOf(ended.AccessToken)], EndedSessions.Parse(await _store.GetDatabase().StringGetAsync(AccountStateKeys.EndedSessionsFor(ended.UserId)))!);
        await Eventually.Until(() => OrdersAsync(client, ended.AccessToken), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "the ended login refused after the rebuild");
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, kept.AccessToken));

        // An outage: what the process last read stands. A logout meanwhile still answers 204 (the database decides).
        await Redis.StopAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await OrdersAsync(client, ended.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await OrdersAsync(client, kept.AccessToken));
        Assert.Equal(HttpStatusCode.NoContent, (await identity.LogoutAsync(kept.RefreshToken)).StatusCode);

        // Back, empty: the reconciliation publishes both ended logins, the one ended during the outage included.
        await Redis.StartAsync();
        await AccountStateStore.PublishedAsync(_store, Rebuilt);
        await Eventually.Until(() => OrdersAsync(client, kept.AccessToken), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "the login ended during the outage refused");
        Assert.Equal(HttpStatusCode.Unauthorized, await OrdersAsync(client, ended.AccessToken));
    }

    /// <summary>An endpoint whose answer depends on nothing but authentication: the account's state alone decides 200 or 401.</summary>
    private static async Task<HttpStatusCode> OrdersAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/orders?limit=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static Task<HttpStatusCode> OrdersOfUnknownAsync(HttpClient client) =>
        OrdersAsync(client, TestTokens.ForUnknownAccount(Guid.CreateVersion7()));
}
