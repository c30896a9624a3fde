using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Kestrel answers a request it cannot or will not parse (a NUL, <c>%00</c>, in the path, a request line over
/// <c>MaxRequestLineSize</c>, headers over <c>MaxRequestHeadersTotalSize</c> or <c>MaxRequestHeaderCount</c>, a header
/// line it cannot read, no <c>Host</c>, an unknown HTTP version) itself, with an empty body, before any middleware runs,
/// and offers no hook to change that answer. This connection middleware, on every endpoint, watches the connection's
/// output and replaces such an answer with the contract's (ADR 0043).
/// </summary>
internal sealed class ServerRejectionConnectionMiddleware(ConnectionDelegate next, ServerRejectionResponse responses, ILogger logger)
{
    public async Task OnConnectionAsync(ConnectionContext connection)
    {
        var guard = new ServerRejectionGuard();
        var transport = connection.Transport;
        var clientIp = (connection.RemoteEndPoint as IPEndPoint)?.Address.ToString();
        connection.Transport = new ServerRejectionTransport(transport.Input, new ServerRejectionPipeWriter(transport.Output, guard, responses, logger, clientIp));
        connection.Features.Set(guard);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    }
}
