using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class ProductCacheTests(ModularApiFactory factory)
{
    [Fact]
    public async Task A_change_on_one_instance_is_read_at_once_on_another_that_had_cached_the_product()
    {
        await using var second = new ModularApiFactory();
        var first = new OrdersApi(factory.CreateClient());
        var other = new OrdersApi(second.CreateClient());
        var product = await first.CreateProductIdAsync("cache", 1m, 10);
        Assert.Equal(10, await first.StockAsync(product));
        Assert.Equal(10, await other.StockAsync(product));

        await OrdersApi.ReadAsync(await first.SendAsync(HttpMethod.Patch, $"/api/products/{product}", first.AdminId, new { name = "Renamed", stock = 9 }, admin: true), HttpStatusCode.OK);
        Assert.Equal(9, await other.StockAsync(product));

        await first.PlaceOkAsync(OrdersApi.NewUser(), (product, 4));
        Assert.Equal(5, await other.StockAsync(product));
        var read = await OrdersApi.ReadAsync(await other.SendAsync(HttpMethod.Get, $"/api/products/{product}"), HttpStatusCode.OK);
        Assert.Equal("Renamed", read.GetProperty("name").GetString());

        var order = await other.PlaceOkAsync(OrdersApi.NewUser(), (product, 5));
        Assert.Equal(0, await first.StockAsync(product));
        await OrdersApi.ReadAsync(await other.SendAsync(HttpMethod.Post, $"/api/orders/{order.GetProperty("id").GetGuid()}/cancel", order.GetProperty("userId").GetGuid()), HttpStatusCode.OK);
        Assert.Equal(5, await first.StockAsync(product));
    }
}
