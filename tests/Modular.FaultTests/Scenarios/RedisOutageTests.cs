using Modular.FaultTests.Harness;
using Modular.Testing.Processes;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>Scenario 3: Redis stopped for 20 s mid-load, then started again (empty: it keeps no data).</summary>
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reads_fall_back_to_the_database_and_limits_to_local_counters_while_redis_is_down()
    {
        await using var scenario = await FaultScenario.StartAsync(new ScenarioSettings("3-redis-stopped", Seed: 1703), output);

        var report = await scenario.RunAsync(async run =>
        {
            var start = run.Clock.Now;
            await run.Services.Redis.StopAsync(UnixSignal.Terminate);
            await run.Clock.ReachAsync(start + run.Settings.FaultSeconds);
            var repaired = run.Clock.Now;
            await run.Services.Redis.StartAsync();
            return new FaultWindow(start, repaired, run.Clock.Now, "Redis stopped, then started");
        });

        Assert.True(report.Passed, report.ToString());
        // Product and profile reads fall back to PostgreSQL, rate limits to per-instance counters: no request fails.
        Assert.False(report.Statuses.ContainsKey("503"), report.ToString());
        // Pushes made while this host's subscription was away reached nobody: its hub clients are sent to reconnect.
        var log = await File.ReadAllTextAsync(scenario.Host.LogFile!);
        Assert.Contains("Redis backplane subscription restored: closed", log, StringComparison.Ordinal);
    }
}
