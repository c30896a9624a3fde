using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Shared.Web.Http;

namespace Modular.Shared.Web.Hubs;

/// <summary>The two halves of <see cref="NegotiatedElsewhereExtensions.AcceptWebSocketsNegotiatedElsewhere"/>.</summary>
internal sealed partial class NegotiatedElsewhereHandling(NegotiatedConnections negotiated)
{
    private const string ConnectionTokenParameter = "id";

    /// <summary>Runs SignalR's negotiate with its answer buffered (a few hundred bytes), remembers the token it hands out, then sends the answer on.</summary>
    public async Task NegotiateAsync(HttpContext context, RequestDelegate negotiate)
    {
        var body = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await negotiate(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && ConnectionToken(answer) is { } token)
        {
            negotiated.Remember(token);
        }

        answer.Position = 0;
        await answer.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>Hands a WebSocket request whose connection token this process did not hand out to SignalR without that token.</summary>
    public Task ConnectAsync(HttpContext context, RequestDelegate connect)
    {
        if (context.IsUpgrade()
            && context.Request.Query.TryGetValue(ConnectionTokenParameter, out var token)
            && !string.IsNullOrEmpty(token)
            && !negotiated.Knows(token.ToString()))
        {
            context.Request.QueryString = QueryString.Create(context.Request.Query.Where(parameter => parameter.Key != ConnectionTokenParameter));
            LogNegotiatedElsewhere(context.RequestServices.GetRequiredService<ILogger<NegotiatedElsewhereHandling>>(), context.Request.Path);
        }

        return connect(context);
    }

    /// <summary>The token a client sends back as <c>id</c>: <c>connectionToken</c> (negotiate version 1), else <c>connectionId</c> (version 0).</summary>
    private static string? ConnectionToken(MemoryStream answer)
    {
        try
        {
            using var document = JsonDocument.Parse(answer.GetBuffer().AsMemory(0, (int)answer.Length));
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? null
                : root.TryGetProperty("connectionToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString()
                : root.TryGetProperty("connectionId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A WebSocket to {Path} carries a connection token this process did not hand out (negotiated on another instance, or before a restart): opened as a new connection")]
    private static partial void LogNegotiatedElsewhere(ILogger logger, PathString path);
}
