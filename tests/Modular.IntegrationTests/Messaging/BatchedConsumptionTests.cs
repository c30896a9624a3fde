using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

/// <summary>A batch handler (<c>IIntegrationEventBatchHandler</c>) keeps the inbox's guarantees: once per event, failures alone.</summary>
[Collection(MessagingCollection.Name)]
public sealed class BatchedConsumptionTests
{
    private const string ErrorQueue = "probe.record-probe-batch_error";

    [Fact]
    public async Task A_burst_is_applied_in_batches_each_event_once_even_when_delivered_several_times()
    {
        await using var host = await ProbeHost.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var events = Enumerable.Range(0, 60)
            .Select(index => new ProbeBatchHappened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), $"burst-{index}"))
            .ToList();
        var sizesBefore = RecordProbeBatchHandler.BatchSizes.Count;

        // Every event three times, all at once: redeliveries race their first delivery, inside one batch or across two.
        await Task.WhenAll(events.Concat(events).Concat(events).Select(integrationEvent => bus.Publish(integrationEvent)));

        var items = events.Select(integrationEvent => integrationEvent.ItemId).ToList();
        await Eventually.Until(() => ProbeDatabase.DistinctReceiptsAsync(items), count => count == events.Count, TimeSpan.FromSeconds(30), "every event applied");
        Assert.Equal(events.Count, await ProbeDatabase.ReceiptsAsync(items));
        foreach (var integrationEvent in events.Take(5))
        {
            Assert.Equal(1, await ProbeDatabase.InboxRowsAsync(integrationEvent.EventId));
        }

        Assert.Contains(RecordProbeBatchHandler.BatchSizes.Skip(sizesBefore), size => size > 1);
    }

    [Fact]
    public async Task An_event_that_keeps_failing_is_parked_alone_and_the_rest_of_its_batch_is_applied()
    {
        await using var host = await ProbeHost.StartAsync();
        using var rabbit = new RabbitManagement();
        var bus = host.Services.GetRequiredService<IBus>();
        var poison = new ProbeBatchHappened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), ProbeHappened.Poison);
        var healthy = Enumerable.Range(0, 20)
            .Select(index => new ProbeBatchHappened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), $"healthy-{index}"))
            .ToList();

        await Task.WhenAll(healthy.Take(10).Append(poison).Concat(healthy.Skip(10)).Select(integrationEvent => bus.Publish(integrationEvent)));

        var items = healthy.Select(integrationEvent => integrationEvent.ItemId).ToList();
        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(items), count => count == healthy.Count, TimeSpan.FromSeconds(30), "the healthy events applied");
        var parked = new List<Guid>();
        await Eventually.Until(
            async () =>
            {
                var envelopes = await rabbit.TakeAsync(ErrorQueue, 100);
                parked.AddRange(envelopes.Select(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid()));
                return parked.Contains(poison.ItemId);
            },
            found => found,
            TimeSpan.FromSeconds(30),
            "the poison event in the error queue");
        Assert.Equal(0, await ProbeDatabase.ReceiptsAsync(poison.ItemId));
        Assert.Equal(0, await ProbeDatabase.InboxRowsAsync(poison.EventId));
        Assert.DoesNotContain(parked, item => items.Contains(item));
    }
}
