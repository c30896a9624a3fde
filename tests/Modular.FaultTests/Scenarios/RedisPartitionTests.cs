using Modular.FaultTests.Harness;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>
/// Scenario 7: Redis hung for 30 s (a forwarder that stops moving bytes, as a server stopped with SIGSTOP: the connection
/// stays open and nothing answers), then healed. StackExchange.Redis gives up on such a connection after a while and
/// cancels what was pending: a fallback that caught only the client's own exceptions answered those requests 500.
/// </summary>
public sealed class RedisPartitionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reads_logins_and_limits_fall_back_while_redis_hangs_and_nothing_answers_5xx()
    {
        var settings = new ScenarioSettings("7-redis-partitioned", Seed: 1707) { RedisThroughForwarder = true, FaultSeconds = 30 };
        await using var scenario = await FaultScenario.StartAsync(settings, output);

        var report = await scenario.RunAsync(run => run.PartitionAsync(run.RedisLink!, "host-Redis network partitioned, then healed"));

        Assert.True(report.Passed, report.ToString());
        Assert.False(report.Statuses.ContainsKey("500"), report.ToString());
        Assert.False(report.Statuses.ContainsKey("503"), report.ToString());
    }
}
