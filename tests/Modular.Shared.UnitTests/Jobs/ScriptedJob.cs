using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Jobs;

namespace Modular.Shared.UnitTests.Jobs;

/// <summary>A periodic job whose runs do what the test scripts, and which reports each run and each wait it starts.</summary>
internal sealed class ScriptedJob(TimeProvider clock, ILogger logger, TimeSpan interval, bool runsAtStart = false) : PeriodicJob(clock, logger)
{
    private readonly Channel<DateTimeOffset> _runs = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly Channel<int> _waits = Channel.CreateUnbounded<int>();

    /// <summary>What the next runs do, in order; a run with nothing scripted succeeds.</summary>
    public ConcurrentQueue<Func<CancellationToken, Task>> Script { get; } = new();

    protected override TimeSpan Interval => interval;

    protected override bool RunsAtStart => runsAtStart;

    /// <summary>The clock's time at the start of the next run.</summary>
    public Task<DateTimeOffset> NextRunAsync() => ReadAsync(_runs);

    /// <summary>Failures in a row passed to the next wait, once that wait's timer is set.</summary>
    public Task<int> NextWaitAsync() => ReadAsync(_waits);

    public bool HasRunPending => _runs.Reader.TryPeek(out _);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        _runs.Writer.TryWrite(Clock.GetUtcNow());
        if (Script.TryDequeue(out var step))
        {
            await step(stoppingToken);
        }
    }

    protected override Task WaitForNextRunAsync(int failuresInARow, CancellationToken stoppingToken)
    {
        var wait = base.WaitForNextRunAsync(failuresInARow, stoppingToken);
        _waits.Writer.TryWrite(failuresInARow);
        return wait;
    }

    private static async Task<T> ReadAsync<T>(Channel<T> channel)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await channel.Reader.ReadAsync(deadline.Token);
    }
}
