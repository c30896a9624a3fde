using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Platform;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Events_written_while_the_broker_is_unreachable_all_arrive_once_when_it_is_back()
    {
        var items = Enumerable.Range(0, 40).Select(_ => (Guid.CreateVersion7(), "during outage")).ToList();
        var ids = items.Select(item => item.Item1).ToList();
        using var rabbit = new RabbitManagement();
        var audit = $"test-audit-{Guid.NewGuid():N}";

        using var relayFailures = new MeasurementCounter("modular.outbox.relay_failures", "module", ProbeDbContext.SchemaName);

        // The broker as this instance sees it is down: nothing listens on port 1.
        var logs = new CapturedLogs();
        await using (var cutOff = await ProbeHost.StartAsync("amqp://modular:modular@127.0.0.1:1/", logs))
        {
            await cutOff.CreateItemsAsync(items);
            await Eventually.Until(relayFailures.CountAsync, failures => failures >= 2, TimeSpan.FromSeconds(20), "the relay failing to reach the broker");
            Assert.Equal(ids.Count, await ProbeDatabase.UnrelayedAsync(ids));
        }

        // Its stop says where the events are, without a warning: an outage is no fault of the shutdown's.
        var relay = logs.Entries.Where(entry => entry.Category.EndsWith(".OutboxRelay", StringComparison.Ordinal)).ToList();
        Assert.Contains(relay, entry => entry.Level == LogLevel.Information && entry.Message.StartsWith(
            "Outbox probe: not flushed at shutdown, the bus is not ready (", StringComparison.Ordinal));
        Assert.DoesNotContain(relay, entry => entry.Message.Contains("could not flush", StringComparison.Ordinal));

        await rabbit.BindQueueAsync(audit, "tests.probe-happened");
        try
        {
            await using var restored = await ProbeHost.StartAsync();
            await Eventually.Until(() => ProbeDatabase.DistinctReceiptsAsync(ids), count => count == ids.Count, TimeSpan.FromSeconds(30), "every event consumed");
            Assert.Equal(ids.Count, await ProbeDatabase.ReceiptsAsync(ids));
            Assert.Equal(0, await ProbeDatabase.UnrelayedAsync(ids));

            var seen = await AuditedItemIdsAsync(rabbit, audit, ids);
            Assert.Equal(ids.Count, seen.Count);
            Assert.All(seen.GroupBy(id => id), group => Assert.Single(group));
        }
        finally
        {
            await rabbit.DeleteQueueAsync(audit);
        }
    }

    private static async Task<List<Guid>> AuditedItemIdsAsync(RabbitManagement rabbit, string audit, List<Guid> ids)
    {
        var seen = new List<Guid>();
        await Eventually.Until(
            async () =>
            {
                var envelopes = await rabbit.TakeAsync(audit, 1000);
                seen.AddRange(envelopes.Select(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid()).Where(ids.Contains));
                return seen.Count;
            },
            count => count >= ids.Count,
            TimeSpan.FromSeconds(10),
            "every event on the audit queue");
        return seen;
    }
}
