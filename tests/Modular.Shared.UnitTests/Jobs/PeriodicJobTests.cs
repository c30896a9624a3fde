using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Modular.Shared.UnitTests.Logging;

namespace Modular.Shared.UnitTests.Jobs;

public sealed class PeriodicJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task Runs_once_every_interval_and_never_before_it()
    {
        var job = new ScriptedJob(_clock, _logger, Interval);
        await job.StartAsync(CancellationToken.None);

        Assert.Equal(0, await job.NextWaitAsync());
        _clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.False(job.HasRunPending);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(Start + Interval, await job.NextRunAsync());

        Assert.Equal(0, await job.NextWaitAsync());
        _clock.Advance(Interval);
        Assert.Equal(Start + (2 * Interval), await job.NextRunAsync());

        await job.StopAsync(CancellationToken.None);
        Assert.Empty(_logger.Lines);
    }

    [Fact]
    public async Task Runs_at_start_when_the_job_asks_for_it()
    {
        var job = new ScriptedJob(_clock, _logger, Interval, runsAtStart: true);
        await job.StartAsync(CancellationToken.None);

        Assert.Equal(Start, await job.NextRunAsync());
        Assert.Equal(0, await job.NextWaitAsync());

        await job.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failed_run_is_logged_as_a_warning_and_the_job_runs_again_after_the_interval()
    {
        var failure = new InvalidOperationException("database away");
        var job = new ScriptedJob(_clock, _logger, Interval, runsAtStart: true);
        job.Script.Enqueue(_ => throw failure);
        job.Script.Enqueue(_ => throw failure);
        await job.StartAsync(CancellationToken.None);

        await job.NextRunAsync();
        Assert.Equal(1, await job.NextWaitAsync());
        _clock.Advance(Interval);
        await job.NextRunAsync();
        Assert.Equal(2, await job.NextWaitAsync());
        _clock.Advance(Interval);
        Assert.Equal(Start + (2 * Interval), await job.NextRunAsync());
        Assert.Equal(0, await job.NextWaitAsync());

        await job.StopAsync(CancellationToken.None);
        var warnings = _logger.At(LogLevel.Warning);
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, warning => Assert.Same(failure, warning.Exception));
        Assert.Equal("ScriptedJob failed (2 in a row); next run in 00:00:10", warnings[1].Message);
    }

    [Fact]
    public async Task A_run_that_meets_its_disposed_services_ends_the_job_quietly_without_a_failure()
    {
        var job = new ScriptedJob(_clock, _logger, Interval, runsAtStart: true);
        job.Script.Enqueue(_ => throw new ObjectDisposedException(nameof(IServiceProvider)));
        await job.StartAsync(CancellationToken.None);

        await job.NextRunAsync();
        await job.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(job.ExecuteTask.IsCompletedSuccessfully);
        Assert.Empty(_logger.Lines);
        await job.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_run_that_fails_on_a_disposed_object_while_the_host_stops_is_not_logged()
    {
        var job = new ScriptedJob(_clock, _logger, Interval, runsAtStart: true);
        var running = new TaskCompletionSource();
        job.Script.Enqueue(async stoppingToken =>
        {
            running.SetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            throw new ObjectDisposedException("NpgsqlDataSource");
        });
        await job.StartAsync(CancellationToken.None);
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await job.StopAsync(CancellationToken.None);

        Assert.Empty(_logger.Lines);
    }

    [Fact]
    public async Task A_run_cancelled_by_its_own_timeout_is_a_failure_and_not_a_stop()
    {
        var job = new ScriptedJob(_clock, _logger, Interval, runsAtStart: true);
        job.Script.Enqueue(_ => throw new OperationCanceledException("command timeout"));
        await job.StartAsync(CancellationToken.None);

        await job.NextRunAsync();
        Assert.Equal(1, await job.NextWaitAsync());
        _clock.Advance(Interval);
        await job.NextRunAsync();

        await job.StopAsync(CancellationToken.None);
        Assert.IsType<OperationCanceledException>(Assert.Single(_logger.At(LogLevel.Warning)).Exception);
    }

    [Fact]
    public async Task Stopping_during_the_wait_ends_the_job_as_cancelled_without_a_run_or_a_failure()
    {
        var job = new ScriptedJob(_clock, _logger, Interval);
        await job.StartAsync(CancellationToken.None);
        await job.NextWaitAsync();

        await job.StopAsync(CancellationToken.None);

        Assert.True(job.ExecuteTask!.IsCanceled, $"the job ended {job.ExecuteTask.Status}");
        Assert.False(job.HasRunPending);
        Assert.Empty(_logger.Lines);
    }

    [Fact]
    public async Task Stopping_during_a_run_cancels_the_run_and_ends_the_job_as_cancelled_without_a_failure()
    {
        var job = new ScriptedJob(_clock, _logger, Interval, runsAtStart: true);
        job.Script.Enqueue(stoppingToken => Task.Delay(Timeout.Infinite, stoppingToken));
        await job.StartAsync(CancellationToken.None);
        await job.NextRunAsync();

        await job.StopAsync(CancellationToken.None);

        Assert.True(job.ExecuteTask!.IsCanceled, $"the job ended {job.ExecuteTask.Status}");
        Assert.Empty(_logger.Lines);
    }
}
