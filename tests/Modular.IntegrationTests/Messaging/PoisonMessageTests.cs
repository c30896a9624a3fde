using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class PoisonMessageTests
{
    private const string ErrorQueue = "probe.record-probe_error";

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_in_the_error_queue_and_the_next_one_is_still_consumed()
    {
        await using var host = await ProbeHost.StartAsync();
        using var rabbit = new RabbitManagement();
        var poison = Guid.CreateVersion7();
        var healthy = Guid.CreateVersion7();

        await host.CreateItemsAsync([(poison, ProbeHappened.Poison)]);
        await host.CreateItemsAsync([(healthy, "healthy")]);

        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(healthy), count => count == 1, TimeSpan.FromSeconds(15), "the healthy message consumed");
        var parked = new List<Guid>();
        await Eventually.Until(
            async () =>
            {
                var envelopes = await rabbit.TakeAsync(ErrorQueue, 100);
                parked.AddRange(envelopes.Select(envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid()));
                return parked.Contains(poison);
            },
            found => found,
            TimeSpan.FromSeconds(15),
            "the poison message in the error queue");
        Assert.Equal(0, await ProbeDatabase.ReceiptsAsync(poison));
    }

    [Fact]
    public async Task A_message_that_meets_a_dependency_outage_is_retried_past_the_retry_limit_and_applied_once_it_is_back()
    {
        // Messaging:RetryLimit is 2 here; the outage lasts 6 attempts. Parking it would leave its effect undone for good.
        await using var host = await ProbeHost.StartAsync();
        using var rabbit = new RabbitManagement();
        var delayed = Guid.CreateVersion7();

        await host.CreateItemsAsync([(delayed, ProbeHappened.Outage)]);

        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(delayed), count => count == 1, TimeSpan.FromSeconds(30), "the message applied after the outage");
        var parked = await rabbit.TakeAsync(ErrorQueue, 100);
        Assert.DoesNotContain(parked, envelope => envelope.GetProperty("message").GetProperty("itemId").GetGuid() == delayed);
    }
}
