using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Modular.Testing.Notifications;

/// <summary>
/// The .NET SignalR client on the notifications hub of an in-process host: negotiate over the TestServer's handler
/// (token in the Authorization header), then a real WebSocket (token in the <c>access_token</c> query, as browsers send it).
/// </summary>
public sealed class NotificationsHubClient : IAsyncDisposable
{
    public const string HubPath = "/hubs/notifications";
    public const string OrderStatusChanged = "orderStatusChanged";

    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();

    private NotificationsHubClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>(OrderStatusChanged, payload => _received.Enqueue(new ReceivedNotification(payload.Clone(), DateTimeOffset.UtcNow)));
    }

    /// <summary>Every notification received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedNotification> Received => [.. _received];

    public HubConnectionState State => _connection.State;

    /// <summary>Connects as <paramref name="accessToken"/> (anonymous when null) and returns once the connection is up.</summary>
    /// <param name="server">The in-process host.</param>
    /// <param name="accessToken">The bearer token, or null.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <param name="transport">WebSockets unless a test is about another transport (long polling, server-sent events).</param>
    public static async Task<NotificationsHubClient> ConnectAsync(
        TestServer server, string? accessToken, CancellationToken cancellationToken = default, HttpTransportType transport = HttpTransportType.WebSockets)
    {
        var client = new NotificationsHubClient(Build(server, accessToken, skipNegotiation: false, transport));
        try
        {
            await client._connection.StartAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection that goes straight to the WebSocket upgrade, with the token only in the query string.</summary>
    public static HubConnection BuildWebSocketOnly(TestServer server, string? accessToken) => Build(server, accessToken, skipNegotiation: true);

    public IReadOnlyList<ReceivedNotification> For(Guid orderId) => [.. Received.Where(notification => notification.OrderId == orderId)];

    public Task<IReadOnlyList<ReceivedNotification>> WaitForAsync(Guid orderId, string status, TimeSpan timeout) =>
        Eventually.Until(
            () => Task.FromResult(For(orderId)),
            notifications => notifications.Any(notification => notification.Status == status),
            timeout,
            $"'{status}' of order {orderId}");

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static HubConnection Build(TestServer server, string? accessToken, bool skipNegotiation, HttpTransportType transport = HttpTransportType.WebSockets) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, HubPath), options =>
            {
                options.Transports = transport;
                options.SkipNegotiation = skipNegotiation;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (accessToken is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                }

                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var uri = accessToken is null ? context.Uri : WithQuery(context.Uri, "access_token", accessToken);
                    return await server.CreateWebSocketClient().ConnectAsync(uri, cancellationToken);
                };
            })
            .Build();

    private static Uri WithQuery(Uri uri, string name, string value)
    {
        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        return new Uri($"{uri}{separator}{name}={Uri.EscapeDataString(value)}");
    }
}
