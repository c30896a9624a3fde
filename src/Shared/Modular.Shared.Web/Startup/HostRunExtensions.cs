using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Web.Platform;

namespace Modular.Shared.Web.Startup;

public static partial class HostRunExtensions
{
    public const int InvalidConfigurationExitCode = 2;

    /// <summary>
    /// Validates every option first (a bad setting is one log line naming it and exit code 2, not a stack trace),
    /// migrates when configured, then serves until SIGTERM and returns 0 once the graceful shutdown is done.
    /// </summary>
    public static async Task<int> RunModularHostAsync(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception exception) when (exception is OptionsValidationException or AggregateException { InnerExceptions: [OptionsValidationException, ..] })
        {
            var failures = exception is AggregateException aggregate
                ? aggregate.InnerExceptions.OfType<OptionsValidationException>().SelectMany(failure => failure.Failures)
                : ((OptionsValidationException)exception).Failures;
            LogInvalidConfiguration(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Modular.Startup"), string.Join(" ", failures));
            // Disposing flushes the console logger's queue, so the line is out before the process ends.
            await app.DisposeAsync();
            return InvalidConfigurationExitCode;
        }

        await app.MigrateDatabasesIfConfiguredAsync();
        await app.RunAsync();
        return 0;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "Invalid configuration, the host will not start: {failures}")]
    private static partial void LogInvalidConfiguration(ILogger logger, string failures);
}
