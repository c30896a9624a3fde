using Microsoft.AspNetCore.Builder;

namespace Modular.Host.Platform.Logging;

internal static class LoggingApplicationExtensions
{
    /// <summary>Correlation id and the per-request log line; first, so that it times and sees every answer.</summary>
    public static IApplicationBuilder UseModularRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLoggingMiddleware>();
}
