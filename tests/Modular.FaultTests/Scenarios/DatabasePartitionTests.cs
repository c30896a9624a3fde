using Modular.FaultTests.Harness;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>
/// Scenario 6: a silent network partition between the host and PostgreSQL for 20 s (a forwarder that stops moving
/// bytes: no refusal, no reset, only time passing), then healed.
/// </summary>
public sealed class DatabasePartitionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Requests_fail_within_the_command_timeout_during_a_partition_and_everything_resumes_after_it()
    {
        await using var scenario = await FaultScenario.StartAsync(new ScenarioSettings("6-postgres-partitioned", Seed: 1706) { DatabaseThroughForwarder = true, RedeliveryPossible = true }, output);

        var report = await scenario.RunAsync(run => run.PartitionAsync(run.DatabaseLink!, "host-PostgreSQL network partitioned, then healed"));

        Assert.True(report.Passed, report.ToString());
        Assert.True(report.Statuses.GetValueOrDefault("503") > 0, $"the partition was never answered 503:\n{report}");
    }
}
