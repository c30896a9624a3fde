using Modular.Testing.Processes;

namespace Modular.FaultTests.Harness;

/// <summary>The partition scenarios' fault: a link that stops moving bytes for the scenario's fault time, then heals.</summary>
internal static class NetworkPartition
{
    /// <summary>Partitions <paramref name="link"/>, waits <see cref="ScenarioSettings.FaultSeconds"/>, heals it.</summary>
    public static async Task<FaultWindow> PartitionAsync(this FaultScenario run, TcpForwarder link, string description)
    {
        var start = run.Clock.Now;
        link.Partition();
        await run.Clock.ReachAsync(start + run.Settings.FaultSeconds);
        link.Heal();
        return new FaultWindow(start, run.Clock.Now, description);
    }
}
