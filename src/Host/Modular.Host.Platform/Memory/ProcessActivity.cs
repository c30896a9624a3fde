using System.Runtime;

namespace Modular.Host.Platform.Memory;

/// <summary>Process totals read at each check of <see cref="IdleMemoryRelease"/>.</summary>
/// <param name="Allocated">Bytes allocated on the GC heap since the process started (<see cref="GC.GetTotalAllocatedBytes"/>).</param>
/// <param name="CompiledMethods">Methods JIT-compiled since the process started (<see cref="JitInfo.GetCompiledMethodCount"/>).</param>
internal readonly record struct ProcessActivity(long Allocated, long CompiledMethods)
{
    public static ProcessActivity Now() => new(GC.GetTotalAllocatedBytes(), JitInfo.GetCompiledMethodCount());
}
