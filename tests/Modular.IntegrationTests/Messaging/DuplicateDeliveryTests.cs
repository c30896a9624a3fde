using MassTransit;
using Microsoft.Extensions.DependencyInjection;
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
        using var duplicates = new MeasurementCounter("modular.consumer.messages", "outcome", "duplicate");
        var bus = host.Services.GetRequiredService<IBus>();
        var itemId = Guid.CreateVersion7();
        var integrationEvent = new ProbeHappened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, itemId, "redelivered");

        // Five deliveries of one event (as a redelivery or a republished outbox row would produce), racing each other.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(integrationEvent)));

        await Eventually.Until(duplicates.CountAsync, count => count >= 4, TimeSpan.FromSeconds(15), "four duplicates acknowledged");
        Assert.Equal(1, await ProbeDatabase.ReceiptsAsync(itemId));
        Assert.Equal(1, await ProbeDatabase.InboxRowsAsync(integrationEvent.EventId));
    }
}
