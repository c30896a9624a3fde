using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Logging;

internal static class LoggingServiceCollectionExtensions
{
    /// <summary>Category of ASP.NET Core's own "Request starting/finished" lines, which print the full URL with its query string.</summary>
    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>One JSON object per log line on stdout, UTC timestamps, scopes (correlation id, trace id) included.</summary>
    public static WebApplicationBuilder AddModularLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            options.IncludeScopes = true;
        });

        // The request line of RequestLoggingMiddleware replaces those lines; theirs would put an access_token
        // query value in the log, so they stay off whatever Logging:LogLevel says.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning);
        return builder;
    }
}
