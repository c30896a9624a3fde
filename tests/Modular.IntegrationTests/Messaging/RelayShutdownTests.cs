using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Platform;
using Modular.Testing;
using Modular.Testing.Probe;
using Modular.Testing.Processes;

namespace Modular.IntegrationTests.Messaging;

/// <summary>
/// A host that stops while its relay waits for the broker's confirms (a broker slow to answer, as on a loaded machine;
/// here the network to it partitioned by a <see cref="TcpForwarder"/>):
/// the batch is finished, not cancelled, unless the whole stop budget runs out. Its messages are on the wire; cancelling
/// the wait would record them as failed and publish them again in the shutdown flush.
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class RelayShutdownTests
{
    private const string Exchange = "tests.probe-happened";

    [Fact]
    public async Task A_batch_waiting_for_its_confirms_when_the_host_stops_is_recorded_once_and_not_published_again()
    {
        using var rabbit = new RabbitManagement();
        var audit = $"test-audit-{Guid.NewGuid():N}";
        await rabbit.BindQueueAsync(audit, Exchange);
        try
        {
            await using var network = TcpForwarder.Start(new Uri(TestEnvironment.RabbitMq).Port);
            var logs = new CapturedLogs();
            var item = Guid.CreateVersion7();
            var host = await ProbeHost.StartAsync(Through(network), logs);
            await host.WaitUntilBusReadyAsync();
            var stoppingSignal = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

            network.Partition();
            await host.CreateItemsAsync([(item, "confirmed after the stop began")]);
            await Eventually.Until(() => ProbeDatabase.InFlightAsync(item), rows => rows == 1, TimeSpan.FromSeconds(10), "the relay's batch waiting for its confirm");
            var stopping = host.DisposeAsync().AsTask();
            await Eventually.Until(() => Task.FromResult(stoppingSignal.IsCancellationRequested), stopped => stopped, TimeSpan.FromSeconds(10), "the host stopping");
            network.Heal();
            await stopping;

            Assert.Equal(0, await ProbeDatabase.UnrelayedAsync([item]));
            Assert.Equal(1, await ProbeDatabase.PublishAttemptsAsync(item));
            var ours = logs.Entries.Where(entry => entry.Category.StartsWith("Modular.", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(ours, entry => entry.Level >= LogLevel.Warning);
            Assert.Contains(ours, entry => entry.Message == "Outbox probe: relayed 0 message(s) while shutting down");
            Assert.Equal(1, await PublicationsAsync(rabbit, audit, item));
        }
        finally
        {
            await rabbit.DeleteQueueAsync(audit);
        }
    }

    [Fact]
    public async Task A_batch_the_broker_never_confirms_is_abandoned_when_the_stop_budget_runs_out_and_applied_once_by_the_next_host()
    {
        var item = Guid.CreateVersion7();
        var budget = new Dictionary<string, string?> { ["ShutdownTimeoutSeconds"] = "2", ["Outbox:PublishTimeout"] = "00:01:00" };
        await using (var network = TcpForwarder.Start(new Uri(TestEnvironment.RabbitMq).Port))
        {
            var host = await ProbeHost.StartAsync(Through(network), settings: budget);
            await host.WaitUntilBusReadyAsync();
            network.Partition();
            await host.CreateItemsAsync([(item, "never confirmed")]);
            await Eventually.Until(() => ProbeDatabase.InFlightAsync(item), rows => rows == 1, TimeSpan.FromSeconds(10), "the relay's batch waiting for its confirm");

            // The publish timeout (60 s) does not hold the stop: the budget (2 s) abandons the batch, with margin for a busy machine.
            var stop = Stopwatch.StartNew();
            await host.DisposeAsync();
            Assert.True(stop.Elapsed < TimeSpan.FromSeconds(20), $"the stop took {stop.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(1, await ProbeDatabase.UnrelayedAsync([item]));
        }

        await using var next = await ProbeHost.StartAsync();
        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(item), count => count == 1, TimeSpan.FromSeconds(15), "the event applied by the next host");
        // The relay marks the row once the broker confirms, which can come after the consumer has already applied it.
        await Eventually.Until(() => ProbeDatabase.UnrelayedAsync([item]), rows => rows == 0, TimeSpan.FromSeconds(15), "the next host's relay marking the row");
        Assert.Equal(1, await ProbeDatabase.ReceiptsAsync(item));
    }

    private static string Through(TcpForwarder network) => new UriBuilder(TestEnvironment.RabbitMq) { Port = network.Port }.Uri.ToString();

    private static async Task<int> PublicationsAsync(RabbitManagement rabbit, string audit, Guid item)
    {
        var seen = 0;
        await Eventually.Until(
            async () =>
            {
                var envelopes = await rabbit.TakeAsync(audit, 100);
                seen += envelopes.Count(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid() == item);
                return seen;
            },
            count => count >= 1,
            TimeSpan.FromSeconds(10),
            "the event on the audit queue");
        return seen + (await rabbit.TakeAsync(audit, 100)).Count(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid() == item);
    }
}
