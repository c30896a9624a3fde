using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Outbox;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class DuplicateDeliveryTests
{
    [Fact]
    public async Task The_same_event_delivered_several_times_even_at_once_takes_effect_once()
    {
        await using var host = await ProbeHost.StartAsync();
        using var duplicates = new DuplicateCounter();
        var bus = host.Services.GetRequiredService<IBus>();
        var itemId = Guid.CreateVersion7();
        var integrationEvent = new ProbeHappened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, itemId, "redelivered");

        // Five deliveries of one event (as a redelivery or a republished outbox row would produce), racing each other.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(integrationEvent)));

        await Eventually.Until(() => Task.FromResult(duplicates.Count), count => count >= 4, TimeSpan.FromSeconds(15), "four duplicates acknowledged");
        Assert.Equal(1, await ProbeDatabase.ReceiptsAsync(itemId));
        Assert.Equal(1, await ProbeDatabase.InboxRowsAsync(integrationEvent.EventId));
    }

    /// <summary>Counts the inbox's "duplicate" outcomes, the consumer's own word that a delivery changed nothing.</summary>
    private sealed class DuplicateCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public DuplicateCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == OutboxMetrics.MeterName && instrument.Name == "modular.consumer.messages")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "outcome" && (string?)tag.Value == "duplicate")
                    {
                        Interlocked.Add(ref _count, (int)value);
                    }
                }
            });
            _listener.Start();
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
