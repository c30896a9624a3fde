using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class PlaceOrderTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task A_placed_order_is_201_pending_with_price_snapshots_totals_and_location()
    {
        var mug = await _api.CreateProductIdAsync("mug", 19.99m, 10);
        var pen = await _api.CreateProductIdAsync("pen", 0.10m, 100);
        var user = OrdersApi.NewUser();

        var response = await _api.PlaceAsync(user, new[] { new { productId = mug, quantity = 3 }, new { productId = pen, quantity = 7 } });

        var order = await OrdersApi.ReadAsync(response, HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        Assert.Equal($"/api/orders/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(user, order.GetProperty("userId").GetGuid());
        Assert.Equal("pending", order.GetProperty("status").GetString());
        Assert.Equal(60.67m, order.GetProperty("total").GetDecimal());
        var items = order.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("productId").GetGuid());
        Assert.Equal(2, items.Count);
        Assert.Equal(3, items[mug].GetProperty("quantity").GetInt32());
        Assert.Equal(19.99m, items[mug].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(59.97m, items[mug].GetProperty("lineTotal").GetDecimal());
        Assert.Equal(0.70m, items[pen].GetProperty("lineTotal").GetDecimal());
        Assert.StartsWith("mug-", items[mug].GetProperty("sku").GetString());
        Assert.StartsWith("Product mug-", items[mug].GetProperty("name").GetString());
        Assert.Equal(7, await _api.StockAsync(mug));
        Assert.Equal(93, await _api.StockAsync(pen));

        // The snapshot keeps the price the order was placed at.
        await _api.SendAsync(HttpMethod.Patch, $"/api/products/{mug}", _api.AdminId, new { price = 25m }, admin: true);
        var read = await _api.GetOrderAsync(id, user);
        Assert.Equal(60.67m, read.GetProperty("total").GetDecimal());
        Assert.Equal(order.GetProperty("createdAt").GetString(), read.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task The_same_product_twice_is_merged_into_one_line()
    {
        var product = await _api.CreateProductIdAsync("merge", 2m, 10);

        var order = await OrdersApi.ReadAsync(
            await _api.PlaceAsync(OrdersApi.NewUser(), new[] { new { productId = product, quantity = 2 }, new { productId = product, quantity = 3 } }),
            HttpStatusCode.Created);

        var line = Assert.Single(order.GetProperty("items").EnumerateArray());
        Assert.Equal(5, line.GetProperty("quantity").GetInt32());
        Assert.Equal(10m, order.GetProperty("total").GetDecimal());
        Assert.Equal(5, await _api.StockAsync(product));
    }

    [Fact]
    public async Task An_unknown_product_is_404_naming_it_and_nothing_is_applied()
    {
        var known = await _api.CreateProductIdAsync("known", 1m, 5);
        var unknown = Guid.CreateVersion7();
        var user = OrdersApi.NewUser();

        var problem = await OrdersApi.ProblemAsync(
            await _api.PlaceAsync(user, new[] { new { productId = known, quantity = 1 }, new { productId = unknown, quantity = 1 } }),
            HttpStatusCode.NotFound);

        Assert.Contains(unknown.ToString(), problem.GetProperty("detail").GetString());
        Assert.Equal(5, await _api.StockAsync(known));
        await AssertNoOrdersAsync(user);
    }

    [Fact]
    public async Task A_product_short_of_stock_is_409_naming_it_and_nothing_is_applied()
    {
        var plenty = await _api.CreateProductIdAsync("plenty", 1m, 50);
        var scarceSku = OrdersApi.UniqueSku("scarce");
        var scarce = (await _api.CreateProductAsync(scarceSku, 1m, 2)).GetProperty("id").GetGuid();
        var user = OrdersApi.NewUser();

        var problem = await OrdersApi.ProblemAsync(
            await _api.PlaceAsync(user, new[] { new { productId = plenty, quantity = 10 }, new { productId = scarce, quantity = 3 } }),
            HttpStatusCode.Conflict);

        Assert.Contains(scarceSku, problem.GetProperty("detail").GetString());
        Assert.Equal(50, await _api.StockAsync(plenty));
        Assert.Equal(2, await _api.StockAsync(scarce));
        await AssertNoOrdersAsync(user);
    }

    [Theory]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":1},{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":0}]}""", "items[1].quantity")]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":1001}]}""", "items[0].quantity")]
    [InlineData("""{"items":[{"quantity":1}]}""", "items[0].productId")]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001"}]}""", "items[0].quantity")]
    [InlineData("""{"items":[]}""", "items")]
    [InlineData("""{}""", "items")]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":600},{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":600}]}""", "items")]
    public async Task Invalid_orders_are_400_with_the_field_path(string body, string field)
    {
        var problem = await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/orders", OrdersApi.NewUser(), body), HttpStatusCode.BadRequest);

        Assert.Contains(field, OrdersApi.ErrorFields(problem));
    }

    [Fact]
    public async Task More_than_50_lines_is_400_and_an_anonymous_caller_is_401()
    {
        var lines = Enumerable.Range(0, 51).Select(_ => new { productId = Guid.CreateVersion7(), quantity = 1 }).ToArray();
        var problem = await OrdersApi.ProblemAsync(await _api.PlaceAsync(OrdersApi.NewUser(), lines), HttpStatusCode.BadRequest);
        Assert.Contains("items", OrdersApi.ErrorFields(problem));

        var anonymous = await _api.SendAsync(HttpMethod.Post, "/api/orders", body: new { items = lines.Take(1) });
        await OrdersApi.ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(51)]
    [InlineData(100_000)]
    public async Task Lines_past_the_bound_are_one_error_whatever_their_number(int count)
    {
        var body = "{\"items\":[" + string.Join(',', Enumerable.Repeat("{}", count)) + "]}";

        var response = await _api.SendAsync(HttpMethod.Post, "/api/orders", OrdersApi.NewUser(), body);

        var problem = await OrdersApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["items"], OrdersApi.ErrorFields(problem));
        Assert.True(response.Content.Headers.ContentLength is null or < 2_000, $"{response.Content.Headers.ContentLength} bytes");
    }

    private async Task AssertNoOrdersAsync(Guid user)
    {
        var list = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, "/api/orders", user), HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("pagination").GetProperty("total").GetInt32());
    }
}
