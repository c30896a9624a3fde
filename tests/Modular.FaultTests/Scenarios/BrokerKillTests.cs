using Modular.FaultTests.Harness;
using Modular.Testing.Processes;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>Scenario 1: RabbitMQ SIGKILLed for 20 s mid-load, then started again.</summary>
public sealed class BrokerKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Orders_keep_being_accepted_while_the_broker_is_down_and_every_event_arrives_once_it_is_back()
    {
        // A publish the broker received but never confirmed before dying is published again: a copy may reach the queue.
        await using var scenario = await FaultScenario.StartAsync(new ScenarioSettings("1-rabbitmq-killed", Seed: 1701) { RedeliveryPossible = true }, output);

        var report = await scenario.RunAsync(async run =>
        {
            var start = run.Clock.Now;
            await run.Services.RabbitMq.StopAsync(UnixSignal.Kill);
            await run.Clock.ReachAsync(start + run.Settings.FaultSeconds);
            var repaired = run.Clock.Now;
            await run.Services.RabbitMq.StartAsync();
            return new FaultWindow(start, repaired, run.Clock.Now, "RabbitMQ SIGKILL, then started");
        });

        Assert.True(report.Passed, report.ToString());
        // Nothing a request does needs the broker: not one request may fail for its absence.
        Assert.False(report.Statuses.ContainsKey("503"), report.ToString());
    }
}
