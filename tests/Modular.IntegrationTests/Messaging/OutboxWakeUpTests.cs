using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

/// <summary>
/// A commit wakes the relay of its own process in memory, with no NOTIFY: the probe's outbox has no trigger (as the
/// modules' migrations leave theirs, <c>HostStartupTests</c>) and its relay polls only every 10 minutes, so an event
/// published within the deadline was published because the commit woke the relay. Rows no wake-up announces (another
/// process wrote them and runs no relay) are published by the poll.
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class OutboxWakeUpTests
{
    private static readonly Dictionary<string, string?> PollOnlyEveryTenMinutes = new() { ["Outbox:PollInterval"] = "00:10:00" };
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_save_without_a_transaction_wakes_the_relay_of_its_process()
    {
        await using var host = await StartedAndIdleAsync();
        var items = Items(3, "saved");

        await host.CreateItemsAsync(items);

        await PublishedAsync(items);
    }

    [Fact]
    public async Task A_transaction_wakes_the_relay_when_it_commits_and_one_rolled_back_publishes_nothing_and_stops_no_later_wake()
    {
        await using var host = await StartedAndIdleAsync();
        var rolledBack = Items(2, "rolled back");
        var committed = Items(2, "committed");

        await host.CreateItemsInTransactionAsync(rolledBack, commit: false);
        await host.CreateItemsInTransactionAsync(committed, commit: true);

        await PublishedAsync(committed);
        foreach (var (id, _) in rolledBack)
        {
            Assert.Equal(0, await ProbeDatabase.OutboxRowsAsync(id));
            Assert.Equal(0, await ProbeDatabase.ReceiptsAsync(id));
        }
    }

    [Fact]
    public async Task A_plain_sql_batch_with_the_writers_insert_wakes_the_relay_once_it_ran()
    {
        await using var host = await StartedAndIdleAsync();
        var items = Items(3, "one batch");

        await host.CreateItemsInOneBatchAsync(items);

        await PublishedAsync(items);
    }

    [Fact]
    public async Task Rows_of_a_process_that_does_not_relay_are_published_by_the_poll_of_one_that_does()
    {
        // The production poll interval (1 s): it bounds how late a row nobody announced is published.
        await using var host = await ProbeHost.StartAsync();
        var items = Items(3, "written elsewhere");

        await ProbeHost.CreateItemsWithoutRelayAsync(items);

        await PublishedAsync(items);
    }

    /// <summary>
    /// A host whose relay has relayed once and now waits: its first run may still be waiting for the bus, and would
    /// relay whatever it finds without a wake-up.
    /// </summary>
    private static async Task<ProbeHost> StartedAndIdleAsync()
    {
        var host = await ProbeHost.StartAsync(settings: PollOnlyEveryTenMinutes);
        var first = Items(1, "first");
        await host.CreateItemsAsync(first);
        await PublishedAsync(first);
        return host;
    }

    private static async Task PublishedAsync(List<(Guid Id, string Payload)> items)
    {
        var ids = items.Select(item => item.Id).ToList();
        await Eventually.Until(() => ProbeDatabase.UnrelayedAsync(ids), pending => pending == 0, Deadline, "the rows relayed");
        await Eventually.Until(() => ProbeDatabase.DistinctReceiptsAsync(ids), count => count == ids.Count, Deadline, "every event consumed");
    }

    private static List<(Guid Id, string Payload)> Items(int count, string payload) =>
        [.. Enumerable.Range(0, count).Select(_ => (Guid.CreateVersion7(), payload))];
}
