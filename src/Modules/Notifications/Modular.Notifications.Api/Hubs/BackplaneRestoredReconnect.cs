using Microsoft.Extensions.Logging;
using Modular.Shared.Web.Hubs;
using StackExchange.Redis;

namespace Modular.Notifications.Api.Hubs;

/// <summary>
/// When the backplane's subscription connection comes back after a Redis outage, closes the hub connections this process
/// holds, so that their clients reconnect (SignalR's automatic reconnect) and re-read what they show. While the
/// subscription was away, pushes other processes made for these connections reached nobody: Redis pub/sub keeps no
/// message for a subscriber that is not there, and the instances do not reconnect at the same moment (a stranger's probe
/// lost 33 orders' pushes to the connections of the instance that resubscribed 4 s after the other). A connection kept
/// open would never learn it missed them; a reconnected client's <c>onreconnected</c> is its cue to re-read its orders.
/// </summary>
internal sealed partial class BackplaneRestoredReconnect(IHeldHubConnections connections, ILogger<BackplaneRestoredReconnect> logger)
{
    public void Watch(IConnectionMultiplexer backplane) => backplane.ConnectionRestored += (_, restored) =>
    {
        if (restored.ConnectionType == ConnectionType.Subscription)
        {
            LogClosed(connections.CloseAll());
        }
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis backplane subscription restored: closed {Count} hub connection(s) so that their clients reconnect and re-read what they missed")]
    private partial void LogClosed(int count);
}
