using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Shutdown;
using Modular.Host.Platform.Startup;

namespace Modular.Host.Platform;

public static partial class HostRunExtensions
{
    internal const int InvalidConfigurationExitCode = 2;

    /// <summary>
    /// Validates every option before anything resolves services that need them (mapping health checks already
    /// builds the bus). A bad setting becomes one log line naming it instead of a stack trace deep in a driver.
    /// </summary>
    internal static bool ValidateConfiguration(this WebApplication app) =>
        app.ValidateConfiguration(services => services.GetService<IStartupValidator>()?.Validate());

    /// <summary>As <see cref="ValidateConfiguration(WebApplication)"/>, for the options <paramref name="validate"/> reads.</summary>
    internal static bool ValidateConfiguration(this WebApplication app, Action<IServiceProvider> validate)
    {
        try
        {
            validate(app.Services);
            return true;
        }
        catch (Exception exception)
        {
            // Anything thrown while only reading options is a configuration error (a value the binder cannot convert, too).
            var failures = exception switch
            {
                AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures),
                _ => Failures(exception),
            };
            LogInvalidConfiguration(app.StartupLogger(), string.Join(" ", failures));
            app.Services.GetRequiredService<StartupState>().ConfigurationInvalid = true;
            return false;
        }
    }

    /// <summary>
    /// Migrates when configured, serves until SIGTERM, returns 0 after the graceful shutdown; 2 for invalid configuration.
    /// A signal before the host serves (<paramref name="signals"/>: while it was built or migrated) stops it there,
    /// with 0; one while it starts waits for the start to finish (<see cref="StopAfterStart"/>).
    /// </summary>
    public static async Task<int> RunModularHostAsync(this WebApplication app, StopSignals signals)
    {
        if (app.Services.GetRequiredService<StartupState>().ConfigurationInvalid)
        {
            // Disposing flushes the console logger's queue, so the refusal line is out before the process ends.
            await app.DisposeAsync();
            return InvalidConfigurationExitCode;
        }

        try
        {
            await app.MigrateDatabasesIfConfiguredAsync(signals.Token);
        }
        catch (OperationCanceledException) when (signals.StopRequested)
        {
            // Stopped below: the migration's transaction was rolled back, the next start applies it.
        }

        if (signals.StopRequested)
        {
            LogStoppedBeforeServing(app.StartupLogger());
            await app.DisposeAsync();
            return 0;
        }

        var stop = app.Services.GetRequiredService<StopAfterStart>();
        using var forward = signals.Token.Register(stop.StopApplication);
        try
        {
            await app.StartAsync();
            await app.WaitForShutdownAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        await app.DisposeAfterShutdownAsync();
        return 0;
    }

    /// <summary>
    /// Releases the host's services after a completed graceful shutdown. A dependency that hangs or is gone can make a
    /// library's disposal throw (SignalR's Redis backplane unsubscribes synchronously: two 5 s timeouts with Redis
    /// paused, then a <c>RedisTimeoutException</c>); nothing is left to finish by then, so that is one line on standard
    /// error (the console logger may already be released) and still exit 0, not a failed start's 1.
    /// </summary>
    private static async Task DisposeAfterShutdownAsync(this WebApplication app)
    {
        try
        {
            await app.DisposeAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync(
                $"The host had shut down gracefully; releasing its resources then failed: {exception.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static ILogger StartupLogger(this WebApplication app) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Modular.Startup");

    private static IEnumerable<string> Failures(Exception exception) =>
        exception is OptionsValidationException validation ? validation.Failures : [exception.Message.ReplaceLineEndings(" ")];

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Stopped by a signal before serving (exit 0)")]
    private static partial void LogStoppedBeforeServing(ILogger logger);

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "Invalid configuration, the host will not start: {failures}")]
    private static partial void LogInvalidConfiguration(ILogger logger, string failures);
}
