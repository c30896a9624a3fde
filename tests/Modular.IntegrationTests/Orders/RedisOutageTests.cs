using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class RedisOutageTests(ModularApiFactory factory)
{
    [Fact]
    public async Task Without_Redis_products_and_orders_are_served_from_PostgreSQL()
    {
        // Nothing listens on port 1: the host's Redis connection never comes up.
        await using var withoutRedis = factory.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,connectTimeout=200").UseSetting("Messaging:ConsumeEvents", "false"));
        var api = new OrdersApi(withoutRedis.CreateClient());

        var product = await api.CreateProductIdAsync("noredis", 2m, 10);
        Assert.Equal(10, await api.StockAsync(product));
        await api.PlaceOkAsync(OrdersApi.NewUser(), (product, 3));

        Assert.Equal(7, await api.StockAsync(product));
        await OrdersApi.ReadAsync(await api.SendAsync(HttpMethod.Patch, $"/api/products/{product}", api.AdminId, new { stock = 1 }, admin: true), HttpStatusCode.OK);
        Assert.Equal(1, await api.StockAsync(product));
    }
}
