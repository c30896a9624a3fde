using System.Diagnostics;

namespace Modular.FaultTests.Harness;

/// <summary>Seconds since the load started: the one time axis of a scenario's requests, readiness samples and fault.</summary>
internal sealed class ScenarioClock
{
    private long _start = Stopwatch.GetTimestamp();

    public double Now => Stopwatch.GetElapsedTime(_start).TotalSeconds;

    /// <summary>Second 0 is now: called when the load starts.</summary>
    public void Restart() => _start = Stopwatch.GetTimestamp();

    /// <summary>
    /// Waits until <paramref name="second"/> of the scenario's timeline, in steps short enough to stop promptly: the
    /// schedule of the experiment (when the fault starts and ends), not a wait for the system to settle.
    /// </summary>
    public async Task ReachAsync(double second, CancellationToken cancellationToken = default)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (Now < second && await ticks.WaitForNextTickAsync(cancellationToken))
        {
        }
    }
}
