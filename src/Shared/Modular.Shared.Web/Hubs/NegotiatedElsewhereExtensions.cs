using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Shared.Web.Hubs;

public static class NegotiatedElsewhereExtensions
{
    /// <summary>
    /// A hub's WebSocket whose negotiate reached another instance (a proxy without sticky sessions, a reconnect that a
    /// balancer spread, an instance restarted in between) opens a new connection here instead of SignalR's 404 "No
    /// Connection with that ID" (ADR 0052). The negotiate answers of this process are read for their connection token
    /// (<see cref="NegotiatedConnections"/>); a WebSocket request whose <c>id</c> is not one of them is handed to SignalR
    /// without it, which SignalR serves as a connection without negotiation (what its clients' <c>SkipNegotiation</c>
    /// asks for, so nothing a client could not already do). Server-sent events and long polling cannot be served this
    /// way (several requests share one connection): they still need every request of a client on one instance.
    /// </summary>
    public static HubEndpointConventionBuilder AcceptWebSocketsNegotiatedElsewhere(this HubEndpointConventionBuilder builder)
    {
        // One registry for the hub's two endpoints (negotiate and the connection), on the application's clock.
        NegotiatedElsewhereHandling? handling = null;
        builder.Add(endpoint =>
        {
            handling ??= new NegotiatedElsewhereHandling(new NegotiatedConnections(endpoint.ApplicationServices.GetRequiredService<TimeProvider>()));
            var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException($"The hub endpoint '{endpoint.DisplayName}' has no request delegate.");
            endpoint.RequestDelegate = endpoint.Metadata.OfType<NegotiateMetadata>().Any()
                ? context => handling.NegotiateAsync(context, inner)
                : context => handling.ConnectAsync(context, inner);
        });
        return builder;
    }
}
