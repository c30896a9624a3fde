using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

/// <summary>The backplane's Redis unreachable (a closed port): the host must keep serving; only real-time suffers.</summary>
[Collection(ApiCollection.Name)]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _host = new ModularApiFactory().WithWebHostBuilder(builder =>
        builder.UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,connectTimeout=1000,asyncTimeout=1000,syncTimeout=1000")
            .UseSetting("Messaging:ConsumeEvents", "false"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_Redis_the_host_keeps_serving_and_hub_connections_are_closed_not_served()
    {
        using var http = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);

        // The handshake completes, then the server cannot subscribe the connection to its Redis channels: once
        // StackExchange.Redis gives up (its async timeout, shortened here), SignalR closes the connection. Nothing else is affected.
        await using var connection = NotificationsHubClient.BuildWebSocketOnly(_host.Server, TestTokens.For(Guid.CreateVersion7(), "no-redis@notifications.test"));
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        var refused = await Record.ExceptionAsync(() => connection.StartAsync());
        if (refused is null)
        {
            await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        // Like every non-2xx answer of the contract, a problem; it still lists every check.
        Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var body = problem.RootElement;
        Assert.Equal(503, body.GetProperty("status").GetInt32());
        Assert.Equal("/health/ready", body.GetProperty("instance").GetString());
        Assert.Equal("Not ready: redis does not answer.", body.GetProperty("detail").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("health").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", checks["redis"]);
        Assert.Equal("Healthy", checks["postgres"]);
    }
}
