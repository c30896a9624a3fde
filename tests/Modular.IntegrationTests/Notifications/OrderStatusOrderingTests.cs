using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;
using Npgsql;

namespace Modular.IntegrationTests.Notifications;

/// <summary>
/// An order's pushes follow its lifecycle (pending, confirmed, cancelled) whatever order its events arrive in, within a
/// batch of the consumer or across batches, and a late or redelivered event never pushes an older state after a newer
/// one (ADR 0025, "Notifications batched").
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OrderStatusOrderingTests(ModularApiFactory factory) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public Task InitializeAsync() => factory.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Confirmations_published_before_their_placements_still_reach_the_owner_after_pending()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "reversed@notifications.test"));
        var orders = Enumerable.Range(0, 30).Select(_ => Guid.CreateVersion7()).ToList();

        // Reversed, back to back: most pairs meet in one batch, some straddle two.
        foreach (var orderId in orders)
        {
            await factory.PublishAsync(OrderEvents.Confirmed(owner, orderId));
            await factory.PublishAsync(OrderEvents.Placed(owner, orderId));
        }

        await Eventually.Until(() => Task.FromResult(client.Received.Count), count => count >= 2 * orders.Count, Deadline, "pending and confirmed of every order");
        await SettleAsync(owner, client);

        Assert.All(orders, orderId => Assert.Equal(["pending", "confirmed"], client.For(orderId).Select(notification => notification.Status)));
    }

    [Fact]
    public async Task A_confirmation_applied_before_its_placement_arrives_is_preceded_by_pending_and_the_late_placement_pushes_nothing()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "late-placement@notifications.test"));
        var orderId = Guid.CreateVersion7();
        var confirmed = OrderEvents.Confirmed(owner, orderId);

        await factory.PublishAsync(confirmed);
        var told = await client.WaitForAsync(orderId, "confirmed", Deadline);
        var latePlacement = OrderEvents.Placed(owner, orderId);
        await factory.PublishAsync(latePlacement);
        await AppliedAsync(latePlacement.EventId);
        await SettleAsync(owner, client);

        Assert.Equal(["pending", "confirmed"], told.Select(notification => notification.Status));
        Assert.All(told, notification => Assert.Equal(confirmed.OccurredAt, notification.OccurredAt));
        Assert.Equal(["pending", "confirmed"], client.For(orderId).Select(notification => notification.Status));
    }

    [Fact]
    public async Task A_placement_redelivered_after_the_confirmation_pushes_nothing()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "redelivered-placement@notifications.test"));
        var orderId = Guid.CreateVersion7();
        var placed = OrderEvents.Placed(owner, orderId);
        await factory.PublishAsync(placed);
        await client.WaitForAsync(orderId, "pending", Deadline);
        await factory.PublishAsync(OrderEvents.Confirmed(owner, orderId));
        await client.WaitForAsync(orderId, "confirmed", Deadline);

        // The same delivery again (the inbox knows it), and the same placement under a new event id: a message moved
        // back from the error queue after the inbox forgot it, or another publisher's copy.
        await factory.PublishAsync(placed);
        var copy = placed with { EventId = Guid.CreateVersion7() };
        await factory.PublishAsync(copy);
        await AppliedAsync(copy.EventId);
        await SettleAsync(owner, client);

        Assert.Equal(["pending", "confirmed"], client.For(orderId).Select(notification => notification.Status));
    }

    [Fact]
    public async Task A_confirmation_arriving_after_the_cancellation_pushes_nothing()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "late-confirmation@notifications.test"));
        var orderId = Guid.CreateVersion7();
        await factory.PublishAsync(OrderEvents.Placed(owner, orderId));
        await client.WaitForAsync(orderId, "pending", Deadline);

        await factory.PublishAsync(OrderEvents.Cancelled(owner, orderId));
        await client.WaitForAsync(orderId, "cancelled", Deadline);
        var lateConfirmation = OrderEvents.Confirmed(owner, orderId);
        await factory.PublishAsync(lateConfirmation);
        await AppliedAsync(lateConfirmation.EventId);
        await SettleAsync(owner, client);

        Assert.Equal(["pending", "cancelled"], client.For(orderId).Select(notification => notification.Status));
    }

    /// <summary>Waits until the consumer has committed <paramref name="eventId"/>: what it pushed went out before its commit.</summary>
    private static Task AppliedAsync(Guid eventId) =>
        Eventually.Until(
            async () =>
            {
                await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) FROM notifications.inbox_messages WHERE event_id = @id", connection);
                command.Parameters.AddWithValue("id", eventId);
                return (long)(await command.ExecuteScalarAsync())!;
            },
            count => count == 1,
            Deadline,
            $"event {eventId} applied");

    /// <summary>A push of a later batch reaches the owner after every push of the earlier ones: once it is in, nothing earlier is still on its way.</summary>
    private async Task SettleAsync(Guid owner, NotificationsHubClient client)
    {
        var marker = Guid.CreateVersion7();
        await factory.PublishAsync(OrderEvents.Placed(owner, marker));
        await client.WaitForAsync(marker, "pending", Deadline);
    }
}
