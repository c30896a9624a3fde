using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Shutdown;

/// <summary>Says when a shutdown starts, how long it may take, and how long it took, so operators can tell a drain from a kill.</summary>
internal sealed partial class ShutdownLogger(
    IHostApplicationLifetime lifetime,
    IOptions<ShutdownOptions> options,
    ILogger<ShutdownLogger> logger) : IHostedService
{
    private long _stoppingAt;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            _stoppingAt = Stopwatch.GetTimestamp();
            LogStopping(options.Value.ShutdownTimeoutSeconds);
        });
        lifetime.ApplicationStopped.Register(() => LogStopped(Math.Round(Stopwatch.GetElapsedTime(_stoppingAt).TotalMilliseconds)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Graceful shutdown started: no new connections, draining in-flight work for up to {timeoutSeconds} s")]
    private partial void LogStopping(int timeoutSeconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Graceful shutdown complete in {durationMs} ms")]
    private partial void LogStopped(double durationMs);
}
