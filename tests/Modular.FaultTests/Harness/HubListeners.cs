using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Modular.FaultTests.Load;

namespace Modular.FaultTests.Harness;

/// <summary>
/// One notifications hub connection per load user, reconnecting every second for as long as the scenario runs
/// (a host or Redis outage closes them), counting every <c>orderStatusChanged</c> push by order and status.
/// </summary>
internal sealed class HubListeners : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly ConcurrentDictionary<(Guid OrderId, string Status), int> _pushes = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _keepers = [];

    public IReadOnlyDictionary<(Guid OrderId, string Status), int> Pushes => _pushes;

    public static HubListeners Connect(Uri baseAddress, IEnumerable<LoadUser> users)
    {
        var listeners = new HubListeners();
        foreach (var user in users)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(baseAddress, "/hubs/notifications"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(user.AccessToken))
                .WithAutomaticReconnect(new EverySecond())
                .Build();
            connection.On<JsonElement>("orderStatusChanged", message =>
                listeners._pushes.AddOrUpdate((message.GetProperty("orderId").GetGuid(), message.GetProperty("status").GetString()!), 1, (_, count) => count + 1));
            listeners._connections.Add(connection);
            listeners._keepers.Add(listeners.KeepConnectedAsync(connection));
        }

        return listeners;
    }

    public int Connected => _connections.Count(connection => connection.State == HubConnectionState.Connected);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_keepers);
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        _stop.Dispose();
    }

    /// <summary>Starts the connection, and starts it again whenever it closes for good (automatic reconnect gave up, or the first start failed).</summary>
    private async Task KeepConnectedAsync(HubConnection connection)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                if (connection.State == HubConnectionState.Disconnected)
                {
                    try
                    {
                        await connection.StartAsync(_stop.Token);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException
                        or System.Net.WebSockets.WebSocketException or TimeoutException)
                    {
                        // Not now; next second.
                    }
                }
            }
            while (await tick.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private sealed class EverySecond : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => TimeSpan.FromSeconds(1);
    }
}
