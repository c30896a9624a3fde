using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Modular.ScaleOutTests.Clients;

/// <summary>
/// One connection to <c>/hubs/notifications</c> with the official .NET client, its default transport negotiation or
/// WebSockets alone (negotiate, then the upgrade: both must pass the proxy and meet the same instance),
/// counting every <c>orderStatusChanged</c> push by order and status. Its requests carry one correlation id, so the
/// proxy's log tells which instance holds the connection.
/// </summary>
internal sealed class HubClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<(Guid OrderId, string Status), int> _pushes = new();
    private readonly StrongBox<int> _negotiatedElsewhere;

    private HubClient(HubConnection connection, string correlationId, StrongBox<int> negotiatedElsewhere)
    {
        _negotiatedElsewhere = negotiatedElsewhere;
        _connection = connection;
        CorrelationId = correlationId;
        _connection.On<JsonElement>("orderStatusChanged", message =>
            _pushes.AddOrUpdate((message.GetProperty("orderId").GetGuid(), message.GetProperty("status").GetString()!), 1, (_, count) => count + 1));
        _connection.Closed += _ =>
        {
            Closed = true;
            return Task.CompletedTask;
        };
    }

    public string CorrelationId { get; }

    public bool Closed { get; private set; }

    /// <summary>How many negotiate requests went to the other instance named at connection.</summary>
    public int NegotiatedElsewhere => Volatile.Read(ref _negotiatedElsewhere.Value);

    public HubConnectionState State => _connection.State;

    /// <summary>
    /// Connects; with <paramref name="negotiateAt"/>, the negotiate request goes to that other instance and the rest to
    /// <paramref name="baseAddress"/>, as a proxy without sticky sessions may send them.
    /// </summary>
    public static async Task<HubClient> ConnectAsync(Uri baseAddress, string accessToken, bool webSocketsOnly = false, Uri? negotiateAt = null)
    {
        var correlationId = Shop.NewCorrelationId();
        var negotiatedElsewhere = new StrongBox<int>();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/notifications"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                options.Headers["X-Correlation-Id"] = correlationId;
                if (webSocketsOnly)
                {
                    options.Transports = HttpTransportType.WebSockets;
                }

                if (negotiateAt is not null)
                {
                    options.HttpMessageHandlerFactory = inner => new NegotiateElsewhere(negotiateAt, negotiatedElsewhere) { InnerHandler = inner };
                }
            })
            .Build();
        var client = new HubClient(connection, correlationId, negotiatedElsewhere);
        await connection.StartAsync();
        return client;
    }

    /// <summary>How many times <paramref name="status"/> of <paramref name="orderId"/> was pushed to this connection.</summary>
    public int Count(Guid orderId, string status) => _pushes.GetValueOrDefault((orderId, status));

    public IReadOnlyDictionary<(Guid OrderId, string Status), int> Pushes => _pushes;

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
