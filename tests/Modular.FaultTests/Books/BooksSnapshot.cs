namespace Modular.FaultTests.Books;

/// <summary>What the database holds after a scenario, read directly (not through the API).</summary>
internal sealed record BooksSnapshot(
    IReadOnlyList<OrderRow> Orders,
    IReadOnlyList<(Guid OrderId, Guid ProductId, int Quantity)> Items,
    IReadOnlyDictionary<Guid, int> Stock,
    IReadOnlyDictionary<(Guid UserId, string Key), (int? Status, Guid? OrderId)> IdempotencyKeys,
    IReadOnlyList<OutboxRow> OrderEvents,
    int UnrelayedEvents,
    int Accounts,
    int Profiles,
    int NotificationsApplied)
{
    public int PendingOrders => Orders.Count(order => order.Status == "pending");
}
