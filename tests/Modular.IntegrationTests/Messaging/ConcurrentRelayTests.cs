using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class ConcurrentRelayTests
{
    [Fact]
    public async Task Two_relays_on_one_outbox_publish_each_message_exactly_once()
    {
        using var rabbit = new RabbitManagement();
        var audit = $"test-audit-{Guid.NewGuid():N}";
        await rabbit.BindQueueAsync(audit, "tests.probe-happened");
        await using var first = await ProbeHost.StartAsync();
        await using var second = await ProbeHost.StartAsync();
        try
        {
            var batches = Enumerable.Range(0, 20)
                .Select(_ => Enumerable.Range(0, 25).Select(_ => (Id: Guid.CreateVersion7(), Payload: "two relays")).ToList())
                .ToList();
            var ids = batches.SelectMany(batch => batch.Select(item => item.Id)).ToList();

            // Both instances write and both relays race for the same rows.
            await Task.WhenAll(batches.Select((batch, index) => (index % 2 == 0 ? first : second).CreateItemsAsync(batch)));

            await Eventually.Until(() => ProbeDatabase.UnrelayedAsync(ids), pending => pending == 0, TimeSpan.FromSeconds(30), "every row relayed");
            var seen = new List<Guid>();
            await Eventually.Until(
                async () =>
                {
                    var envelopes = await rabbit.TakeAsync(audit, 1000);
                    seen.AddRange(envelopes.Select(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid()));
                    return seen.Count(ids.Contains);
                },
                count => count >= ids.Count,
                TimeSpan.FromSeconds(15),
                "every message on the audit queue");
            var audited = await rabbit.TakeAsync(audit, 1000);
            seen.AddRange(audited.Select(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid()));

            Assert.Equal(ids.Count, seen.Count(ids.Contains));
            Assert.Equal(ids.Count, seen.Where(ids.Contains).Distinct().Count());
            await Eventually.Until(() => ProbeDatabase.DistinctReceiptsAsync(ids), count => count == ids.Count, TimeSpan.FromSeconds(30), "every event consumed");
        }
        finally
        {
            await rabbit.DeleteQueueAsync(audit);
        }
    }
}
