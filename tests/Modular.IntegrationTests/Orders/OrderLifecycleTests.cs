using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Users.IntegrationEvents;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class OrderLifecycleTests(ModularApiFactory factory)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task A_placed_order_is_confirmed_within_5_seconds_and_both_events_carry_the_contract_fields()
    {
        await using var placedAudit = await EventAudit.BindAsync("orders.order-placed");
        await using var confirmedAudit = await EventAudit.BindAsync("orders.order-confirmed");
        var product = await _api.CreateProductIdAsync("confirm", 2.5m, 10);
        var user = OrdersApi.NewUser();

        var order = await _api.PlaceOkAsync(user, (product, 2));
        var id = order.GetProperty("id").GetGuid();

        var confirmed = await Eventually.Until(
            () => _api.GetOrderAsync(id, user), found => found.GetProperty("status").GetString() == "confirmed", Bound, "the order confirmed");
        Assert.NotEqual(order.GetProperty("updatedAt").GetString(), confirmed.GetProperty("updatedAt").GetString());

        var confirmedEvent = await confirmedAudit.ForOrderAsync(id, Bound);
        Assert.Equal(user, confirmedEvent.GetProperty("userId").GetGuid());
        Assert.NotEqual(Guid.Empty, confirmedEvent.GetProperty("eventId").GetGuid());
        Assert.EndsWith("Z", confirmedEvent.GetProperty("occurredAt").GetString());

        var placed = await placedAudit.ForOrderAsync(id, Bound);
        Assert.Equal(user, placed.GetProperty("userId").GetGuid());
        Assert.Equal(5m, placed.GetProperty("total").GetDecimal());
        Assert.NotEqual(Guid.Empty, placed.GetProperty("eventId").GetGuid());
        Assert.True(placed.TryGetProperty("occurredAt", out _));
        var item = Assert.Single(placed.GetProperty("items").EnumerateArray());
        Assert.Equal(product, item.GetProperty("productId").GetGuid());
        Assert.Equal(2, item.GetProperty("quantity").GetInt32());
        Assert.Equal(2.5m, item.GetProperty("unitPrice").GetDecimal());
    }

    [Fact]
    public async Task Cancelling_restores_stock_once_publishes_the_event_and_a_second_cancel_is_409()
    {
        await using var cancelledAudit = await EventAudit.BindAsync("orders.order-cancelled");
        var product = await _api.CreateProductIdAsync("cancel", 1m, 10);
        var user = OrdersApi.NewUser();
        var id = (await _api.PlaceOkAsync(user, (product, 4))).GetProperty("id").GetGuid();
        Assert.Equal(6, await _api.StockAsync(product));

        var cancelled = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Post, $"/api/orders/{id}/cancel", user), HttpStatusCode.OK);
        var again = await _api.SendAsync(HttpMethod.Post, $"/api/orders/{id}/cancel", user);

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        await OrdersApi.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(10, await _api.StockAsync(product));
        var message = await cancelledAudit.ForOrderAsync(id, Bound);
        Assert.Equal(user, message.GetProperty("userId").GetGuid());
        Assert.False(string.IsNullOrEmpty(message.GetProperty("reason").GetString()));
        Assert.NotEqual(Guid.Empty, message.GetProperty("eventId").GetGuid());
        Assert.Equal("cancelled", (await _api.GetOrderAsync(id, user)).GetProperty("status").GetString());
        Assert.Equal(1, await cancelledAudit.CountForOrderAsync(id));
    }

    [Fact]
    public async Task A_confirmed_order_can_be_cancelled_by_an_admin_but_not_by_another_user()
    {
        var product = await _api.CreateProductIdAsync("admincancel", 1m, 5);
        var user = OrdersApi.NewUser();
        var id = (await _api.PlaceOkAsync(user, (product, 5))).GetProperty("id").GetGuid();
        await Eventually.Until(() => _api.GetOrderAsync(id, user), found => found.GetProperty("status").GetString() == "confirmed", Bound, "confirmed");

        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/orders/{id}/cancel", OrdersApi.NewUser()), HttpStatusCode.NotFound);
        var cancelled = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Post, $"/api/orders/{id}/cancel", _api.AdminId, admin: true), HttpStatusCode.OK);

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(5, await _api.StockAsync(product));
    }

    [Fact]
    public async Task Another_users_order_is_404_and_an_admin_sees_it()
    {
        var product = await _api.CreateProductIdAsync("private", 1m, 5);
        var owner = OrdersApi.NewUser();
        var id = (await _api.PlaceOkAsync(owner, (product, 1))).GetProperty("id").GetGuid();

        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/orders/{id}", OrdersApi.NewUser()), HttpStatusCode.NotFound);
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/orders/{Guid.CreateVersion7()}", owner), HttpStatusCode.NotFound);
        Assert.Equal(owner, (await _api.GetOrderAsync(id, _api.AdminId, admin: true)).GetProperty("userId").GetGuid());
    }

    [Fact]
    public async Task Deleting_a_user_cancels_its_pending_orders_within_5_seconds_and_restores_their_stock()
    {
        var product = await _api.CreateProductIdAsync("userdel", 1m, 20);
        var user = OrdersApi.NewUser();
        var confirmedId = (await _api.PlaceOkAsync(user, (product, 2))).GetProperty("id").GetGuid();
        await Eventually.Until(() => _api.GetOrderAsync(confirmedId, user), found => found.GetProperty("status").GetString() == "confirmed", Bound, "confirmed");
        var pendingIds = new[] { await OrdersDatabase.InsertPendingOrderAsync(user, product, 3, TimeSpan.Zero), await OrdersDatabase.InsertPendingOrderAsync(user, product, 4, TimeSpan.Zero) };
        Assert.Equal(11, await _api.StockAsync(product));

        await factory.Services.GetRequiredService<IPublishEndpoint>().Publish(new UserDeleted(Guid.CreateVersion7(), DateTimeOffset.UtcNow, user));

        foreach (var pendingId in pendingIds)
        {
            await Eventually.Until(() => _api.GetOrderAsync(pendingId, user), found => found.GetProperty("status").GetString() == "cancelled", Bound, "the pending order cancelled");
        }

        Assert.Equal(18, await _api.StockAsync(product));
        Assert.Equal("confirmed", (await _api.GetOrderAsync(confirmedId, user)).GetProperty("status").GetString());
    }
}
