using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Lifetime;

namespace Modular.Shared.Infrastructure.Jobs;

/// <summary>
/// The loop of every background job that repeats until the host stops (a purge, a timeout sweep, the outbox relay):
/// run, wait <see cref="Interval"/>, run again. A run that fails is logged and the job goes on; only the host's
/// stopping token ends it. Cancellation is not caught: the <see cref="OperationCanceledException"/> of the stopping
/// token leaves <see cref="ExecuteAsync"/>, and the host takes a job cancelled while it stops as stopped, not failed.
/// A run that fails only because the process is shutting down (<see cref="ProcessShutdown"/>: its services disposed
/// under it) ends the job quietly: no failure is logged, and the unfinished work is the next start's.
/// </summary>
/// <param name="clock">Time of the waits (a fake one in tests).</param>
/// <param name="logger">The job's own logger: failures are logged under the job's category.</param>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>Time between the end of one run and the start of the next.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Runs once as soon as the host starts, then every <see cref="Interval"/>; otherwise the first run waits.</summary>
    protected virtual bool RunsAtStart => false;

    /// <summary>One run. Throwing anything but the stopping token's cancellation counts as a failed run.</summary>
    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    /// <summary>The wait before the next run; <paramref name="failuresInARow"/> is 0 after a run that succeeded.</summary>
    protected virtual Task WaitForNextRunAsync(int failuresInARow, CancellationToken stoppingToken) =>
        Task.Delay(Interval, Clock, stoppingToken);

    /// <summary>Called after each failed run, before the wait.</summary>
    protected virtual void OnFailed(Exception exception, int failuresInARow) =>
        JobLog.RunFailed(Logger, GetType().Name, failuresInARow, Interval, exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        if (!RunsAtStart)
        {
            await WaitForNextRunAsync(failures, stoppingToken);
        }

        // No exit but the stopping token: the wait, or the run, throws its cancellation.
        while (true)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                failures = 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException
                                              && ProcessShutdown.Interrupted(exception, stoppingToken.IsCancellationRequested))
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A timeout of the run's own (an OperationCanceledException while the host runs) is a failure like any other.
                failures++;
                OnFailed(exception, failures);
            }

            await WaitForNextRunAsync(failures, stoppingToken);
        }
    }
}
