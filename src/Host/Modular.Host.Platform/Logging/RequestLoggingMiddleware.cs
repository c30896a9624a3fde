using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Modular.Shared.Web.Authentication;

namespace Modular.Host.Platform.Logging;

/// <summary>
/// First in the pipeline: assigns the correlation id, opens the logging scope every later line of the request
/// shares, and writes one line per request. It logs no header, body or query string: only the fields below,
/// so an Authorization header, a password or an <c>access_token</c> query value cannot reach a log.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationId.Assign(context);
        context.Response.OnStarting(
            static state =>
            {
                var (httpContext, id) = ((HttpContext, string))state;
                httpContext.Response.Headers[CorrelationId.HeaderName] = id;
                return Task.CompletedTask;
            },
            (context, correlationId));

        // The same form as the traceId of problem bodies, so a client's error report leads straight to the log lines.
        var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
        using var scope = logger.BeginScope(new RequestLogScope(correlationId, traceId));
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var userId = context.User.TryGetUserId(out var id) ? id.ToString() : null;
            var path = $"{context.Request.PathBase}{context.Request.Path}";
            var durationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
            var userAgent = Truncate(context.Request.Headers[HeaderNames.UserAgent].ToString());
            var clientIp = context.Connection.RemoteIpAddress?.ToString();
            if (RequestLogOperation.Get(context) is { } operation)
            {
                LogOperationRequest(context.Request.Method, path, operation.Type, operation.Name, status, durationMs, userAgent, clientIp, traceId, correlationId, userId);
            }
            else
            {
                LogRequest(context.Request.Method, path, status, durationMs, userAgent, clientIp, traceId, correlationId, userId);
            }
        }
    }

    /// <summary>The same line for a request that names its operation (GraphQL): its type and name, never its document.</summary>
    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Information,
        Message = "HTTP {method} {path} {operationType} {operationName} responded {status} in {durationMs} ms (client {clientIp}, user {userId}, agent {userAgent}, trace {traceId}, correlation {correlationId})")]
    private partial void LogOperationRequest(
        string method,
        string path,
        string operationType,
        string? operationName,
        int status,
        double durationMs,
        string userAgent,
        string? clientIp,
        string traceId,
        string correlationId,
        string? userId);

    private static string Truncate(string value) => value.Length <= 256 ? value : value[..256];

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Information,
        Message = "HTTP {method} {path} responded {status} in {durationMs} ms (client {clientIp}, user {userId}, agent {userAgent}, trace {traceId}, correlation {correlationId})")]
    private partial void LogRequest(
        string method,
        string path,
        int status,
        double durationMs,
        string userAgent,
        string? clientIp,
        string traceId,
        string correlationId,
        string? userId);
}
