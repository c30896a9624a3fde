using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.Logging;

internal static class LoggingServiceCollectionExtensions
{
    /// <summary>Category of ASP.NET Core's own "Request starting/finished" lines, which print the full URL with its query string.</summary>
    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private const string UtcTimestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>
    /// Console output in the format <c>Logging:Format</c> chooses, with UTC timestamps and scopes (correlation id, trace
    /// id): one JSON object per line, or one readable line (<c>2026-11-30T10:15:02.114Z info: Category[event] =&gt;
    /// scopes message</c>). Both are the framework's console formatters, written through
    /// <see cref="BufferedConsoleLoggerProvider"/> in place of the framework's console logger.
    /// </summary>
    public static WebApplicationBuilder AddModularLogging(this WebApplicationBuilder builder)
    {
        // Read here because the formatter is chosen before the host is built; an invalid value logs the startup
        // refusal in the environment's default format, then stops the host like any other bad setting.
        builder.Services.AddValidatedOptions<LoggingOptions>(builder.Configuration, LoggingOptions.SectionName);
        var format = builder.Configuration[$"{LoggingOptions.SectionName}:{nameof(LoggingOptions.Format)}"];
        if (LoggingOptions.IsText(format, builder.Environment.IsDevelopment()))
        {
            builder.Logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = UtcTimestamp + " ";
                options.IncludeScopes = true;
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = UtcTimestamp;
                options.IncludeScopes = true;
            });
        }

        builder.UseBufferedConsole();

        // The request line of RequestLoggingMiddleware replaces those lines; theirs would put an access_token
        // query value in the log, so they stay off whatever Logging:LogLevel says.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning);
        return builder;
    }

    /// <summary>The same formatters and options, one lock-free queue and one write per batch instead of per line.</summary>
    private static void UseBufferedConsole(this WebApplicationBuilder builder)
    {
        var framework = builder.Services
            .Where(service => service.ServiceType == typeof(ILoggerProvider) && service.ImplementationType == typeof(ConsoleLoggerProvider))
            .ToList();
        foreach (var descriptor in framework)
        {
            builder.Services.Remove(descriptor);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, BufferedConsoleLoggerProvider>());
    }
}
