using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

/// <summary>A product's stock is part of it: when an order takes or gives back stock, the product's updatedAt says so.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProductStockTimeTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task Placing_an_order_moves_its_products_updatedAt_to_the_orders_createdAt()
    {
        var first = await _api.CreateProductIdAsync("stock-time-a", 2m, 10);
        var second = await _api.CreateProductIdAsync("stock-time-b", 3m, 10);

        var order = await _api.PlaceOkAsync(OrdersApi.NewUser(), (first, 2), (second, 1));

        var placedAt = order.GetProperty("createdAt").GetString();
        foreach (var (product, stock) in new[] { (first, 8), (second, 9) })
        {
            var read = await ProductAsync(product);
            Assert.Equal(stock, read.GetProperty("stock").GetInt32());
            Assert.Equal(placedAt, read.GetProperty("updatedAt").GetString());
        }
    }

    [Fact]
    public async Task Cancelling_an_order_moves_its_products_updatedAt_to_the_cancellation()
    {
        var product = await _api.CreateProductIdAsync("stock-time-cancel", 2m, 10);
        var order = await _api.PlaceOkAsync(OrdersApi.NewUser(), (product, 4));

        var cancelled = await OrdersApi.ReadAsync(
            await _api.SendAsync(HttpMethod.Post, $"/api/orders/{order.GetProperty("id").GetGuid()}/cancel", order.GetProperty("userId").GetGuid()),
            HttpStatusCode.OK);

        var read = await ProductAsync(product);
        Assert.Equal(10, read.GetProperty("stock").GetInt32());
        Assert.Equal(cancelled.GetProperty("updatedAt").GetString(), read.GetProperty("updatedAt").GetString());
        Assert.True(DateTimeOffset.Parse(cancelled.GetProperty("updatedAt").GetString()!) > DateTimeOffset.Parse(order.GetProperty("createdAt").GetString()!));
    }

    [Fact]
    public async Task An_order_refused_for_stock_changes_neither_the_stock_nor_the_updatedAt_of_any_of_its_products()
    {
        var plenty = await _api.CreateProductIdAsync("stock-time-plenty", 1m, 10);
        var scarce = await _api.CreateProductIdAsync("stock-time-scarce", 1m, 1);
        var before = new[] { await ProductAsync(plenty), await ProductAsync(scarce) };

        await OrdersApi.ProblemAsync(
            await _api.PlaceAsync(OrdersApi.NewUser(), new[] { new { productId = plenty, quantity = 1 }, new { productId = scarce, quantity = 2 } }),
            HttpStatusCode.Conflict);

        var after = new[] { await ProductAsync(plenty), await ProductAsync(scarce) };
        for (var index = 0; index < before.Length; index++)
        {
            Assert.Equal(before[index].GetProperty("stock").GetInt32(), after[index].GetProperty("stock").GetInt32());
            Assert.Equal(before[index].GetProperty("updatedAt").GetString(), after[index].GetProperty("updatedAt").GetString());
        }
    }

    private async Task<System.Text.Json.JsonElement> ProductAsync(Guid product) =>
        await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/products/{product}"), HttpStatusCode.OK);
}
