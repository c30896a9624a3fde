using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

/// <summary>
/// A host that stops while its bus still starts or its consumers still hold messages. Nothing is wrong with those
/// messages: they stay on or go back to their queue for another instance or the next start, never to "_error".
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class ShutdownInFlightTests
{
    private const string Queue = "probe.record-probe";

    private const string ErrorQueue = Queue + "_error";

    private static readonly Dictionary<string, string?> ShortStopBudget = new() { ["ShutdownTimeoutSeconds"] = "2" };

    [Fact]
    public async Task A_message_whose_handler_outlives_the_consumers_share_of_the_stop_budget_is_requeued_not_parked_and_applied_once_by_the_next_host()
    {
        using var rabbit = new RabbitManagement();
        var item = Guid.CreateVersion7();
        ProbeGate.Close(item);
        var stopping = await ProbeHost.StartAsync(settings: ShortStopBudget);
        await stopping.CreateItemsAsync([(item, ProbeHappened.Held)]);
        await Eventually.Until(() => Task.FromResult(ProbeGate.Arrivals(item)), arrivals => arrivals == 1, TimeSpan.FromSeconds(15), "the handler holding the message");

        // The handler still holds the message halfway through the stop budget (2 s): its delivery is cancelled, and the
        // bus closes its channel within the budget.
        await stopping.DisposeAsync();
        Assert.Equal(0, await ProbeDatabase.ReceiptsAsync(item));
        ProbeGate.Open(item);

        await using var next = await ProbeHost.StartAsync();
        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(item), count => count == 1, TimeSpan.FromSeconds(15), "the message applied by the next host");
        var parked = await rabbit.TakeAsync(ErrorQueue, 100);
        Assert.DoesNotContain(parked, envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid() == item);
        Assert.Equal(1, await ProbeDatabase.ReceiptsAsync(item));
    }

    [Fact]
    public async Task A_host_stopped_while_its_bus_still_starts_leaves_no_consumer_behind_and_parks_nothing()
    {
        using var rabbit = new RabbitManagement();
        var items = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToList();

        // A broker URI given explicitly: the start does not wait for the bus, which is still connecting when the stop comes.
        var early = await ProbeHost.StartAsync(rabbitMq: TestEnvironment.RabbitMq);
        await early.DisposeAsync();

        await using var next = await ProbeHost.StartAsync();
        await next.CreateItemsAsync(items.Select(item => (item, "after-an-early-stop")));

        // A bus left starting behind the stopped host would take its share of these and fail them on its disposed container.
        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(items), count => count == items.Count, TimeSpan.FromSeconds(15), "every message applied by the running host");
        var parked = await rabbit.TakeAsync(ErrorQueue, 100);
        Assert.DoesNotContain(parked, envelope => items.Contains(envelope.GetProperty("message").GetProperty("itemId").GetGuid()));
    }
}
