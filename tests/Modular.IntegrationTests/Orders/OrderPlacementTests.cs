using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Orders;

/// <summary>
/// The one-round-trip placement on the real database, given quotes the API would not produce on demand: a quote that went
/// stale between the read and the batch (a price changed, stock taken meanwhile), a key used before. Each refusal must
/// leave nothing behind: no order, no item, no outbox row, no key, the stock as it was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OrderPlacementTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task A_current_quote_commits_order_items_event_key_and_stock_together()
    {
        var (product, sku, name) = await CreateAsync(4.5m, 10);

        var order = Place(product, sku, name, 4.5m, 3);
        Assert.True(await TryPlaceAsync(order, "fresh-key"));

        Assert.Equal(7, await _api.StockAsync(product));
        var read = await _api.GetOrderAsync(order.Id, order.UserId);
        Assert.Equal(13.5m, read.GetProperty("total").GetDecimal());
        Assert.Equal((1, 1, 1), await RowsAsync(order, "fresh-key"));
    }

    [Fact]
    public async Task A_quote_whose_price_changed_meanwhile_is_refused_and_changes_nothing()
    {
        var (product, sku, name) = await CreateAsync(4.5m, 10);

        var order = Place(product, sku, name, 3.99m, 1);

        Assert.False(await TryPlaceAsync(order, "stale-price"));
        await AssertNothingAppliedAsync(order, "stale-price", product, 10);
    }

    [Fact]
    public async Task A_quote_whose_stock_was_taken_meanwhile_is_refused_and_changes_nothing()
    {
        var (product, sku, name) = await CreateAsync(2m, 2);

        var order = Place(product, sku, name, 2m, 3);

        Assert.False(await TryPlaceAsync(order, "short-stock"));
        await AssertNothingAppliedAsync(order, "short-stock", product, 2);
    }

    [Fact]
    public async Task A_key_stored_before_is_refused_and_the_order_is_not_placed_twice()
    {
        var (product, sku, name) = await CreateAsync(1m, 10);
        var first = Place(product, sku, name, 1m, 1);
        Assert.True(await TryPlaceAsync(first, "used-key"));

        var second = Place(product, sku, name, 1m, 1, first.UserId);

        Assert.False(await TryPlaceAsync(second, "used-key"));
        Assert.Equal(9, await _api.StockAsync(product));
        Assert.Equal((0, 0, 0), await RowsAsync(second, key: null));
    }

    private async Task<(Guid Id, string Sku, string Name)> CreateAsync(decimal price, int stock)
    {
        var created = await _api.CreateProductAsync(OrdersApi.UniqueSku("once"), price, stock);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("sku").GetString()!, created.GetProperty("name").GetString()!);
    }

    private static Order Place(Guid product, string sku, string name, decimal price, int quantity, Guid? user = null) =>
        Order.Place(user ?? OrdersApi.NewUser(), [new ReservedLine(product, sku, name, price, quantity)], DateTimeOffset.UtcNow);

    private async Task<bool> TryPlaceAsync(Order order, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var placement = scope.ServiceProvider.GetRequiredService<IOrderPlacement>();
        return await placement.TryPlaceAtOnceAsync(order, OrderResponse.From(order), key, new string('a', 64), CancellationToken.None);
    }

    private async Task AssertNothingAppliedAsync(Order order, string key, Guid product, int stock)
    {
        Assert.Equal(stock, await _api.StockAsync(product));
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Id}", order.UserId), HttpStatusCode.NotFound);
        Assert.Equal((0, 0, 0), await RowsAsync(order, key));
    }

    /// <summary>Rows of the order's items, of its order-placed events (its confirmation may follow at any moment), and of the user's key.</summary>
    private static async Task<(long Items, long Events, long Keys)> RowsAsync(Order order, string? key)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM orders.order_items WHERE order_id = @order),
                   (SELECT count(*) FROM orders.outbox_messages WHERE content->>'orderId' = @order::text AND type LIKE 'Modular.Orders.IntegrationEvents.OrderPlaced,%'),
                   (SELECT count(*) FROM orders.idempotency_keys WHERE user_id = @user AND key = @key)
            """,
            connection);
        command.Parameters.AddWithValue("order", order.Id);
        command.Parameters.AddWithValue("user", order.UserId);
        command.Parameters.AddWithValue("key", key ?? string.Empty);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
