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
/// Ended logins (ADR 0044) degrade like account states (ADR 0021) on a Redis of the instance's own: PostgreSQL (the
/// families' revocation) is the source of truth, so a flush or an empty restart is repaired by Identity's reconciliation;
/// while Redis is away each process keeps what it last read, and a login ended meanwhile is refused once Redis is back.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EndedSessionOutageTests(ModularApiFactory factory) : IAsyncLifetime
{
    private static readonly TimeSpan Rebuilt = TimeSpan.FromSeconds(20);
    private readonly ProcessWorkspace _workspace = ProcessWorkspace.Create("ended-session-outage");
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

    /// <summary>An endpoint whose answer depends on nothing but authentication.</summary>
    private static async Task<HttpStatusCode> OrdersAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/orders?limit=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
