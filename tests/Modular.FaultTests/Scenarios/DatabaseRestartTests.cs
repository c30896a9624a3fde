using Modular.FaultTests.Harness;
using Modular.Testing.Processes;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>Scenario 2: PostgreSQL stopped with a fast shutdown mid-load, down for 15 s, then started again.</summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Requests_fail_fast_with_503_while_the_database_is_down_and_everything_resumes_by_itself()
    {
        await using var scenario = await FaultScenario.StartAsync(new ScenarioSettings("2-postgres-restarted", Seed: 1702) { FaultSeconds = 15, RedeliveryPossible = true }, output);

        var report = await scenario.RunAsync(async run =>
        {
            var start = run.Clock.Now;
            await run.Services.Postgres.StopAsync(UnixSignal.Interrupt);
            await run.Clock.ReachAsync(start + run.Settings.FaultSeconds);
            var repaired = run.Clock.Now;
            await run.Services.Postgres.StartAsync();
            return new FaultWindow(start, repaired, run.Clock.Now, "PostgreSQL fast shutdown, down, then started");
        });

        Assert.True(report.Passed, report.ToString());
        Assert.True(report.Statuses.GetValueOrDefault("503") > 0, $"the outage was never answered 503:\n{report}");
    }
}
