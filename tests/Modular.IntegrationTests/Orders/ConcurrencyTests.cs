using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class ConcurrencyTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task Forty_concurrent_orders_against_a_stock_of_25_give_25_orders_15_conflicts_and_stock_0()
    {
        var product = await _api.CreateProductIdAsync("race", 3m, 25);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            _api.PlaceAsync(OrdersApi.NewUser(), new[] { new { productId = product, quantity = 1 } })));

        Assert.Equal(25, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(15, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(0, await _api.StockAsync(product));
    }

    [Fact]
    public async Task Multi_product_orders_from_many_users_in_opposite_orders_never_deadlock_or_fail()
    {
        var products = await Task.WhenAll(Enumerable.Range(0, 4).Select(index => _api.CreateProductIdAsync($"mesh{index}", 1m, 1000)));
        var random = new Random(7);
        var orders = Enumerable.Range(0, 60)
            .Select(_ => products.OrderBy(_ => random.Next()).Take(3).Select(id => (ProductId: id, Quantity: random.Next(1, 5))).ToArray())
            .ToList();

        var responses = await Task.WhenAll(orders.Select(lines =>
            _api.PlaceAsync(OrdersApi.NewUser(), lines.Select(line => new { productId = line.ProductId, quantity = line.Quantity }).ToArray())));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        foreach (var product in products)
        {
            var ordered = orders.SelectMany(lines => lines).Where(line => line.ProductId == product).Sum(line => line.Quantity);
            Assert.Equal(1000 - ordered, await _api.StockAsync(product));
        }
    }

    [Fact]
    public async Task Concurrent_placements_and_cancellations_keep_stock_exact()
    {
        var product = await _api.CreateProductIdAsync("churn", 1m, 30);
        var placed = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var user = OrdersApi.NewUser();
            var order = await _api.PlaceOkAsync(user, (product, 1));
            return (User: user, Id: order.GetProperty("id").GetGuid());
        }));

        // Every order cancelled twice at once, while new orders keep coming: stock is restored exactly once per order.
        var cancels = placed.SelectMany(order => new[] { order, order })
            .Select(order => _api.SendAsync(HttpMethod.Post, $"/api/orders/{order.Id}/cancel", order.User));
        var newOrders = Enumerable.Range(0, 10).Select(_ => _api.PlaceAsync(OrdersApi.NewUser(), new[] { new { productId = product, quantity = 1 } }));
        var cancelResponses = await Task.WhenAll(cancels);
        var newResponses = await Task.WhenAll(newOrders);

        Assert.Equal(20, cancelResponses.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.Equal(20, cancelResponses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.All(newResponses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(30 - 10, await _api.StockAsync(product));
    }
}
