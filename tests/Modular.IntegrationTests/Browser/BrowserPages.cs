using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Clients;

namespace Modular.IntegrationTests.Browser;

/// <summary>
/// A web front end in miniature: one page, served from two origins (one listed in <c>Cors:AllowedOrigins</c>, one not),
/// that connects the official <c>@microsoft/signalr</c> browser client to the API's hub with its default options. The
/// client comes from npm (<c>Browser/package.json</c>, installed by scripts/test.sh), never from a copy in the repository.
/// </summary>
internal sealed class BrowserPages : IAsyncDisposable
{
    private const string Page = """
        <!doctype html>
        <html>
        <head><meta charset="utf-8"><title>Modular front end</title><script src="/signalr.js"></script></head>
        <body>
        <script>
          window.received = [];
          // Only the token is configured: transports, negotiation and credentials are the client's defaults.
          window.connect = (apiBase, token) => start(apiBase, { accessTokenFactory: () => token });
          // Straight to the WebSocket upgrade, which CORS does not guard: only the server's origin check can refuse it.
          window.connectWebSocket = (apiBase, token) => start(apiBase, {
            accessTokenFactory: () => token,
            skipNegotiation: true,
            transport: signalR.HttpTransportType.WebSockets,
          });
          const start = async (apiBase, options) => {
            const connection = new signalR.HubConnectionBuilder()
              .withUrl(apiBase + "/hubs/notifications", options)
              .configureLogging(signalR.LogLevel.None)
              .build();
            connection.on("orderStatusChanged", message => window.received.push(message));
            try {
              await connection.start();
              return "connected";
            } catch (error) {
              return "refused: " + error;
            }
          };
        </script>
        </body>
        </html>
        """;

    private readonly WebApplication _app;

    private BrowserPages(WebApplication app) => _app = app;

    public static string SignalRScript { get; } = Path.Combine(
        RepositoryRoot.Path, "tests", "Modular.IntegrationTests", "Browser", "node_modules", "@microsoft", "signalr", "dist", "browser", "signalr.min.js");

    public static async Task<BrowserPages> StartAsync()
    {
        if (!File.Exists(SignalRScript))
        {
            throw new InvalidOperationException($"{SignalRScript} is missing: run 'npm ci --prefix tests/Modular.IntegrationTests/Browser' (scripts/test.sh does).");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(ClientHost.AllowedOrigin, ClientHost.ForeignOrigin);
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(Page, "text/html"));
        app.MapGet("/signalr.js", () => Results.File(SignalRScript, "text/javascript"));
        await app.StartAsync();
        return new BrowserPages(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
