using Modular.FaultTests.Books;
using Modular.Testing;
using Xunit.Abstractions;

namespace Modular.FaultTests.Harness;

/// <summary>The end of a scenario: the books are read once nothing is in flight any more.</summary>
internal static class Settlement
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    /// <summary>Waits until nothing is in flight any more: every event relayed and consumed, every order settled.</summary>
    public static async Task<BooksSnapshot> WaitAsync(Ledger ledger, AuditQueues audit, ITestOutputHelper output)
    {
        BooksSnapshot? last = null;
        try
        {
            await Eventually.Until(
                async () =>
                {
                    last = await ledger.ReadAsync();
                    var counts = await audit.CountsAsync();
                    var parked = await audit.CountAsync("notifications.notify-order-status-changed_error");
                    return last.UnrelayedEvents == 0 && last.PendingOrders == 0 && last.Profiles == last.Accounts
                        && counts is not null && AuditQueues.Exchanges.All(exchange => counts[exchange] >= last.OrderEvents.Count(row => row.Exchange == exchange))
                        && last.NotificationsApplied + parked >= last.OrderEvents.Count;
                },
                settled => settled,
                Deadline,
                "the books to settle (events relayed and consumed, orders confirmed or cancelled)");
        }
        catch (TimeoutException exception)
        {
            // The invariants then say what did not settle.
            output.WriteLine(exception.Message);
        }

        return last ?? await ledger.ReadAsync();
    }
}
