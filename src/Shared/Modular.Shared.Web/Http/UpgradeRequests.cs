using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Modular.Shared.Web.Http;

public static class UpgradeRequests
{
    /// <summary>
    /// A WebSocket (or any other) upgrade: HTTP/1.1's <c>Upgrade</c> or HTTP/2's extended CONNECT. Not
    /// <c>WebSockets.IsWebSocketRequest</c> alone: SignalR adds the WebSockets middleware inside its endpoint, so before
    /// it runs, on Kestrel, that feature is not there yet.
    /// </summary>
    public static bool IsUpgrade(this HttpContext context) =>
        context.WebSockets.IsWebSocketRequest
        || context.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
        || context.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true;
}
