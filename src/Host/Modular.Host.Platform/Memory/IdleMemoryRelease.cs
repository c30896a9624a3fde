using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Memory;

/// <summary>
/// Gives the memory of finished work back to the operating system once the process has gone quiet. Start-up (EF Core
/// models, the bus topology, the GraphQL schema, the JIT) and every burst of load leave GC regions and glibc arenas
/// committed that nothing lives in any more; the GC keeps them for the next burst, so an idle host would stay resident
/// at its high-water mark (10-15 MB above what it holds after start-up, far more after load). Checked every
/// <see cref="CheckInterval"/>: when each of the last <see cref="QuietChecks"/> intervals allocated less than
/// <see cref="QuietAllocationBytes"/> (an idle host allocates about 0.1 MB/s, a loaded one hundreds), compiled next to
/// nothing, and there is
/// something to give back (<see cref="IdleDecision"/>), one blocking, compacting, aggressive full collection (the GC
/// then decommits its free regions) and <see cref="NativeHeap.Trim"/> run: about 0.1 s of one core on a quiet process,
/// never under load (docs/performance.md, "Idle resident memory"; ADR 0036). Each release is logged at Debug.
/// </summary>
internal sealed partial class IdleMemoryRelease(TimeProvider clock, ILogger<IdleMemoryRelease> logger) : BackgroundService
{
    internal static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    internal const long QuietAllocationBytes = 1L << 20;

    internal const long QuietCompiledMethods = 50;

    internal const int QuietChecks = 3;

    internal const long WorkBytes = 128L << 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval, clock);
        var decision = new IdleDecision(ProcessActivity.Now());
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (decision.ShouldRelease(ProcessActivity.Now()))
            {
                Release();
                decision.Released(ProcessActivity.Now());
            }
        }
    }

    private void Release()
    {
        var before = Environment.WorkingSet;
        var heapBefore = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
        LogReleased(
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds),
            before >> 20,
            Environment.WorkingSet >> 20,
            heapBefore >> 20,
            GC.GetGCMemoryInfo().TotalCommittedBytes >> 20);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Idle: memory returned to the operating system in {durationMs} ms: resident {residentBeforeMiB} -> {residentAfterMiB} MiB, GC heap committed {heapBeforeMiB} -> {heapAfterMiB} MiB")]
    private partial void LogReleased(double durationMs, long residentBeforeMiB, long residentAfterMiB, long heapBeforeMiB, long heapAfterMiB);
}
