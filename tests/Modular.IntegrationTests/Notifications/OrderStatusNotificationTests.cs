using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

[Collection(ApiCollection.Name)]
public sealed class OrderStatusNotificationTests(ModularApiFactory factory) : IAsyncLifetime
{
    // The contract's bound from a change to the owner's screen, on an idle system.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    public async Task InitializeAsync()
    {
        await factory.WaitUntilReadyAsync();
        // One round trip first: the 1-second bound is about an idle system, not about JIT and first connections.
        var warmUser = Guid.CreateVersion7();
        await using var warm = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(warmUser, "warm@notifications.test"));
        var warmOrder = Guid.CreateVersion7();
        await factory.PublishAsync(OrderEvents.Placed(warmUser, warmOrder));
        await warm.WaitForAsync(warmOrder, "pending", TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_owner_receives_pending_then_confirmed_each_within_a_second()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "owner@notifications.test"));
        var orderId = Guid.CreateVersion7();

        var placed = OrderEvents.Placed(owner, orderId);
        await factory.PublishAsync(placed);
        var pending = await client.WaitForAsync(orderId, "pending", Bound);
        var confirmed = OrderEvents.Confirmed(owner, orderId);
        await factory.PublishAsync(confirmed);
        var both = await client.WaitForAsync(orderId, "confirmed", Bound);

        Assert.Equal(["pending", "confirmed"], both.Select(notification => notification.Status));
        var first = Assert.Single(pending);
        Assert.Equal(["orderId", "status", "occurredAt"], first.PropertyNames);
        Assert.Equal(placed.OccurredAt, first.OccurredAt);
        Assert.EndsWith("Z", first.OccurredAtText, StringComparison.Ordinal);
        Assert.Equal(confirmed.OccurredAt, both[1].OccurredAt);
    }

    [Fact]
    public async Task A_cancellation_reaches_the_owner_as_cancelled()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "canceller@notifications.test"));
        var orderId = Guid.CreateVersion7();

        await factory.PublishAsync(OrderEvents.Cancelled(owner, orderId));

        var notification = Assert.Single(await client.WaitForAsync(orderId, "cancelled", Bound));
        Assert.Equal(orderId, notification.OrderId);
    }

    [Fact]
    public async Task Every_connection_of_the_owner_receives_it()
    {
        var owner = Guid.CreateVersion7();
        var token = TestTokens.For(owner, "two-tabs@notifications.test");
        await using var firstTab = await NotificationsHubClient.ConnectAsync(factory.Server, token);
        await using var secondTab = await NotificationsHubClient.ConnectAsync(factory.Server, token);
        var orderId = Guid.CreateVersion7();

        await factory.PublishAsync(OrderEvents.Placed(owner, orderId));

        Assert.Single(await firstTab.WaitForAsync(orderId, "pending", Bound));
        Assert.Single(await secondTab.WaitForAsync(orderId, "pending", Bound));
    }

    [Fact]
    public async Task Another_user_and_an_admin_receive_nothing_of_someone_elses_orders()
    {
        var owner = Guid.CreateVersion7();
        var stranger = Guid.CreateVersion7();
        var admin = Guid.CreateVersion7();
        await using var ownerClient = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "victim@notifications.test"));
        await using var strangerClient = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(stranger, "stranger@notifications.test"));
        await using var adminClient = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.Admin(admin));
        var ownersOrder = Guid.CreateVersion7();

        await factory.PublishAsync(OrderEvents.Placed(owner, ownersOrder));
        await factory.PublishAsync(OrderEvents.Confirmed(owner, ownersOrder));
        await ownerClient.WaitForAsync(ownersOrder, "confirmed", TimeSpan.FromSeconds(5));
        // The owner has both; a leak would have been sent by then. Markers of their own, sent after, prove the
        // other two connections were live and delivering the whole time.
        var strangersOrder = Guid.CreateVersion7();
        var adminsOrder = Guid.CreateVersion7();
        await factory.PublishAsync(OrderEvents.Placed(stranger, strangersOrder));
        await factory.PublishAsync(OrderEvents.Placed(admin, adminsOrder));
        await strangerClient.WaitForAsync(strangersOrder, "pending", TimeSpan.FromSeconds(5));
        await adminClient.WaitForAsync(adminsOrder, "pending", TimeSpan.FromSeconds(5));

        Assert.Equal([strangersOrder], strangerClient.Received.Select(notification => notification.OrderId));
        Assert.Equal([adminsOrder], adminClient.Received.Select(notification => notification.OrderId));
        Assert.Equal([ownersOrder, ownersOrder], ownerClient.Received.Select(notification => notification.OrderId));
    }

    [Fact]
    public async Task A_redelivered_event_is_pushed_once()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "redelivered@notifications.test"));
        using var duplicates = new MeasurementCounter("modular.consumer.messages", "outcome", "duplicate");
        var orderId = Guid.CreateVersion7();
        var placed = OrderEvents.Placed(owner, orderId);

        await factory.PublishAsync(placed);
        await client.WaitForAsync(orderId, "pending", TimeSpan.FromSeconds(5));
        await factory.PublishAsync(placed);
        await Eventually.Until(duplicates.CountAsync, count => count >= 1, TimeSpan.FromSeconds(10), "the redelivery acknowledged as a duplicate");
        // A later event of the same user arrives after anything the redelivery could still have sent.
        var marker = Guid.CreateVersion7();
        await factory.PublishAsync(OrderEvents.Placed(owner, marker));
        await client.WaitForAsync(marker, "pending", TimeSpan.FromSeconds(5));

        Assert.Single(client.For(orderId));
    }

    [Fact]
    public async Task A_confirmation_right_behind_its_placement_still_arrives_after_it()
    {
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "burst@notifications.test"));
        var orders = Enumerable.Range(0, 30).Select(_ => Guid.CreateVersion7()).ToList();

        // Back to back, harsher than the Orders module's own confirmation: handled concurrently, some would swap.
        foreach (var orderId in orders)
        {
            await factory.PublishAsync(OrderEvents.Placed(owner, orderId));
            await factory.PublishAsync(OrderEvents.Confirmed(owner, orderId));
        }

        await Eventually.Until(() => Task.FromResult(client.Received.Count), count => count >= 2 * orders.Count, TimeSpan.FromSeconds(10), "every notification");
        Assert.All(orders, orderId => Assert.Equal(["pending", "confirmed"], client.For(orderId).Select(notification => notification.Status)));
    }
}
