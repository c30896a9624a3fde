namespace Modular.Host.Platform.Memory;

/// <summary>
/// When <see cref="IdleMemoryRelease"/> releases, from what the process allocated and compiled at each check: after
/// <see cref="IdleMemoryRelease.QuietChecks"/> quiet checks in a row, the first time (what start-up left), then again
/// once it has allocated <see cref="IdleMemoryRelease.WorkBytes"/> since the last release. A quiet check allocated less
/// than <see cref="IdleMemoryRelease.QuietAllocationBytes"/> and JIT-compiled fewer than
/// <see cref="IdleMemoryRelease.QuietCompiledMethods"/> methods since the previous one: start-up's last work (tier-1
/// recompilation, the first runs of the jobs) allocates little but is not over, and memory released before it ends
/// comes straight back. Growth of the resident set is no trigger: after load the GC refills its larger gen0 budget
/// within seconds of a release, and releasing on that growth would collect over and over.
/// </summary>
internal sealed class IdleDecision(ProcessActivity atStart)
{
    private ProcessActivity _previous = atStart;
    private long? _allocatedAtLastRelease;
    private int _quietChecks;

    public bool ShouldRelease(ProcessActivity now)
    {
        var quiet = now.Allocated - _previous.Allocated < IdleMemoryRelease.QuietAllocationBytes
            && now.CompiledMethods - _previous.CompiledMethods < IdleMemoryRelease.QuietCompiledMethods;
        _quietChecks = quiet ? _quietChecks + 1 : 0;
        _previous = now;
        return _quietChecks >= IdleMemoryRelease.QuietChecks
            && (_allocatedAtLastRelease is not { } last || now.Allocated - last >= IdleMemoryRelease.WorkBytes);
    }

    /// <summary>A release ran; <paramref name="after"/> is read after it.</summary>
    public void Released(ProcessActivity after)
    {
        _allocatedAtLastRelease = after.Allocated;
        _previous = after;
        _quietChecks = 0;
    }
}
