using System.Net;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Flows;

/// <summary>Identity, Orders and Notifications together: a real account places a real order and watches it over SignalR.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderNotificationFlowTests(ModularApiFactory factory)
{
    // The contract's bound is 1 s on an idle system; a loaded CI machine gets headroom, the benchmark measures the real figure.
    private static readonly TimeSpan PushBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_owner_sees_pending_then_confirmed_and_a_stranger_sees_nothing()
    {
        var client = new StrangerClient(factory.CreateClient());
        var ownerEmail = StrangerClient.UniqueEmail("buyer");
        var strangerEmail = StrangerClient.UniqueEmail("stranger");
        await client.RegisterAsync(ownerEmail);
        await client.RegisterAsync(strangerEmail);
        var owner = await client.LoginOkAsync(ownerEmail);
        var stranger = await client.LoginOkAsync(strangerEmail);
        var productId = await CreateProductAsync(client, stock: 5);

        await using var ownerHub = await NotificationsHubClient.ConnectAsync(factory.Server, owner.AccessToken);
        await using var strangerHub = await NotificationsHubClient.ConnectAsync(factory.Server, stranger.AccessToken);

        var placed = await client.SendAsync(HttpMethod.Post, "/api/orders", owner.AccessToken, new { items = new[] { new { productId, quantity = 2 } } });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orderId = (await StrangerClient.ReadAsync(placed))["id"]!.GetValue<Guid>();

        // Other test hosts in this process compete for the queue, so the two may arrive in either order here.
        await ownerHub.WaitForAsync(orderId, "confirmed", PushBound);
        var received = await ownerHub.WaitForAsync(orderId, "pending", PushBound);
        Assert.Equal(["confirmed", "pending"], received.Select(notification => notification.Status).Order());

        // The stranger's own order proves their connection delivers; only then is "nothing of the owner's" meaningful.
        var strangerOrder = await client.SendAsync(HttpMethod.Post, "/api/orders", stranger.AccessToken, new { items = new[] { new { productId, quantity = 1 } } });
        var strangerOrderId = (await StrangerClient.ReadAsync(strangerOrder))["id"]!.GetValue<Guid>();
        await strangerHub.WaitForAsync(strangerOrderId, "confirmed", PushBound);
        Assert.Empty(strangerHub.For(orderId));

        var cancel = await client.SendAsync(HttpMethod.Post, $"/api/orders/{orderId}/cancel", owner.AccessToken);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        await ownerHub.WaitForAsync(orderId, "cancelled", PushBound);
    }

    private static async Task<Guid> CreateProductAsync(StrangerClient client, int stock)
    {
        var admin = TestTokens.Admin(Guid.NewGuid());
        var sku = $"FLOW-{Guid.NewGuid():N}"[..20];
        var response = await client.SendAsync(HttpMethod.Post, "/api/products", admin, new { sku, name = "Flow widget", price = 12.5m, stock });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await StrangerClient.ReadAsync(response))["id"]!.GetValue<Guid>();
    }
}
