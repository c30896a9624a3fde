using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task Ten_racing_requests_with_one_key_make_one_order_and_one_decrement_and_all_answer_it()
    {
        var product = await _api.CreateProductIdAsync("idem", 4m, 100);
        var user = OrdersApi.NewUser();
        var key = $"race-{Guid.NewGuid()}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            _api.PlaceAsync(user, new[] { new { productId = product, quantity = 2 } }, key)));

        var bodies = await Task.WhenAll(responses.Select(response => OrdersApi.ReadAsync(response, HttpStatusCode.Created)));
        var ids = bodies.Select(body => body.GetProperty("id").GetGuid()).Distinct().ToList();
        Assert.Single(ids);
        Assert.All(responses, response => Assert.Equal($"/api/orders/{ids[0]}", response.Headers.Location?.OriginalString));
        Assert.Equal(98, await _api.StockAsync(product));
        var list = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, "/api/orders", user), HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_replay_returns_the_first_response_even_after_the_order_changed()
    {
        var product = await _api.CreateProductIdAsync("replay", 1m, 10);
        var user = OrdersApi.NewUser();
        var key = Guid.NewGuid().ToString();
        var first = await OrdersApi.ReadAsync(await _api.PlaceAsync(user, new[] { new { productId = product, quantity = 1 } }, key), HttpStatusCode.Created);

        // Same body in another layout: the canonical form is what counts.
        var again = await _api.SendAsync(HttpMethod.Post, "/api/orders", user, $$"""{ "items" : [ { "quantity": 1, "productId": "{{product}}" } ] }""", idempotencyKey: key);

        var replay = await OrdersApi.ReadAsync(again, HttpStatusCode.Created);
        Assert.Equal(first.ToString(), replay.ToString());
        Assert.Equal(9, await _api.StockAsync(product));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_changes_nothing()
    {
        var product = await _api.CreateProductIdAsync("mismatch", 1m, 10);
        var user = OrdersApi.NewUser();
        var key = Guid.NewGuid().ToString();
        await OrdersApi.ReadAsync(await _api.PlaceAsync(user, new[] { new { productId = product, quantity = 1 } }, key), HttpStatusCode.Created);

        await OrdersApi.ProblemAsync(await _api.PlaceAsync(user, new[] { new { productId = product, quantity = 2 } }, key), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(9, await _api.StockAsync(product));
    }

    [Fact]
    public async Task A_key_older_than_24_hours_is_forgotten_and_starts_afresh()
    {
        var product = await _api.CreateProductIdAsync("expired", 1m, 10);
        var user = OrdersApi.NewUser();
        var key = Guid.NewGuid().ToString();
        var first = await OrdersApi.ReadAsync(await _api.PlaceAsync(user, new[] { new { productId = product, quantity = 1 } }, key), HttpStatusCode.Created);

        await OrdersDatabase.AgeIdempotencyKeyAsync(user, key, TimeSpan.FromHours(25));
        var second = await OrdersApi.ReadAsync(await _api.PlaceAsync(user, new[] { new { productId = product, quantity = 2 } }, key), HttpStatusCode.Created);

        Assert.NotEqual(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(7, await _api.StockAsync(product));
    }

    [Fact]
    public async Task Keys_belong_to_one_user()
    {
        var product = await _api.CreateProductIdAsync("peruser", 1m, 10);
        var key = Guid.NewGuid().ToString();
        var items = new[] { new { productId = product, quantity = 1 } };

        var first = await OrdersApi.ReadAsync(await _api.PlaceAsync(OrdersApi.NewUser(), items, key), HttpStatusCode.Created);
        var second = await OrdersApi.ReadAsync(await _api.PlaceAsync(OrdersApi.NewUser(), items, key), HttpStatusCode.Created);

        Assert.NotEqual(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(8, await _api.StockAsync(product));
    }

    [Fact]
    public async Task A_failed_placement_is_not_remembered_so_the_key_works_once_stock_is_back()
    {
        var product = await _api.CreateProductIdAsync("retry", 1m, 0);
        var user = OrdersApi.NewUser();
        var key = Guid.NewGuid().ToString();
        var items = new[] { new { productId = product, quantity = 1 } };
        await OrdersApi.ProblemAsync(await _api.PlaceAsync(user, items, key), HttpStatusCode.Conflict);

        await _api.SendAsync(HttpMethod.Patch, $"/api/products/{product}", _api.AdminId, new { stock = 1 }, admin: true);

        await OrdersApi.ReadAsync(await _api.PlaceAsync(user, items, key), HttpStatusCode.Created);
        Assert.Equal(0, await _api.StockAsync(product));
    }

    [Theory]
    [InlineData("tab\tinside")]
    [InlineData("a\u00e9")]
    public async Task A_malformed_key_is_400(string key)
    {
        var problem = await OrdersApi.ProblemAsync(
            await _api.PlaceAsync(OrdersApi.NewUser(), new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } }, key),
            HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", OrdersApi.ErrorFields(problem));
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_400_and_255_is_fine()
    {
        var product = await _api.CreateProductIdAsync("keylen", 1m, 10);
        var items = new[] { new { productId = product, quantity = 1 } };

        await OrdersApi.ProblemAsync(await _api.PlaceAsync(OrdersApi.NewUser(), items, new string('k', 256)), HttpStatusCode.BadRequest);
        await OrdersApi.ReadAsync(await _api.PlaceAsync(OrdersApi.NewUser(), items, new string('k', 255)), HttpStatusCode.Created);
    }
}
