using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>placeOrder, order, orders and cancelOrder: the same use cases, authorization, validation and values as REST.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLOrderTests(ModularApiFactory factory)
{
    private const string OrderFields = "id userId status total createdAt updatedAt items { productId sku name quantity unitPrice lineTotal }";
    private const string Place = "mutation($input: PlaceOrderInput!, $key: String) { placeOrder(input: $input, idempotencyKey: $key) { " + OrderFields + " } }";

    private readonly GraphQLClient _client = new(factory.CreateClient());
    private readonly OrdersApi _rest = new(factory.CreateClient());

    [Fact]
    public async Task A_placed_order_is_pending_with_the_values_rest_shows()
    {
        var mug = await _rest.CreateProductIdAsync("gql-mug", 19.99m, 10);
        var pen = await _rest.CreateProductIdAsync("gql-pen", 0.10m, 100);
        var user = Guid.CreateVersion7();

        var order = (await _client.DataAsync(Place, Input((mug, 3), (pen, 7)), GraphQLClient.UserToken(user))).GetProperty("placeOrder");

        Assert.Equal("pending", order.GetProperty("status").GetString());
        Assert.Equal(user.ToString(), order.GetProperty("userId").GetString());
        Assert.Equal("60.67", order.GetProperty("total").GetRawText());
        var rest = await _rest.GetOrderAsync(Guid.Parse(order.GetProperty("id").GetString()!), user);
        Assert.Equal(rest.GetProperty("total").GetRawText(), order.GetProperty("total").GetRawText());
        Assert.Equal(rest.GetProperty("createdAt").GetString(), order.GetProperty("createdAt").GetString());
        Assert.Equal(rest.GetProperty("items").GetRawText(), order.GetProperty("items").GetRawText());
        Assert.Equal(7, await _rest.StockAsync(mug));
    }

    [Theory]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":1},{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":0}]}""", "items[1].quantity")]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":1001}]}""", "items[0].quantity")]
    [InlineData("""{"items":[{"quantity":1}]}""", "items[0].productId")]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001"}]}""", "items[0].quantity")]
    [InlineData("""{"items":[]}""", "items")]
    [InlineData("""{}""", "items")]
    [InlineData("""{"items":[{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":600},{"productId":"0191f2a0-0000-7000-8000-000000000001","quantity":600}]}""", "items")]
    public async Task Invalid_orders_are_bad_user_input_with_the_field_paths_of_rest(string input, string field)
    {
        var user = Guid.CreateVersion7();
        var answer = await _client.PostAsync(Place, new { input = JsonDocument.Parse(input).RootElement }, GraphQLClient.UserToken(user));
        var rest = await OrdersApi.ProblemAsync(await _rest.SendAsync(HttpMethod.Post, "/api/orders", user, input), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(field, answer.InvalidFields("placeOrder"));
        Assert.Equal(OrdersApi.ErrorFields(rest), answer.InvalidFields("placeOrder"));
    }

    [Fact]
    public async Task Unknown_products_are_not_found_short_stock_is_conflict_anonymous_is_unauthenticated_and_nothing_is_applied()
    {
        var scarce = await _rest.CreateProductIdAsync("gql-scarce", 1m, 2);
        var user = GraphQLClient.UserToken(Guid.CreateVersion7());

        (await _client.PostAsync(Place, Input((Guid.CreateVersion7(), 1)), user)).SingleError("NOT_FOUND", "placeOrder");
        var conflict = (await _client.PostAsync(Place, Input((scarce, 3)), user)).SingleError("CONFLICT", "placeOrder");
        Assert.Contains("gql-scarce", conflict.GetProperty("message").GetString(), StringComparison.Ordinal);
        (await _client.PostAsync(Place, Input((scarce, 1)))).SingleError("UNAUTHENTICATED", "placeOrder");
        Assert.Equal(2, await _rest.StockAsync(scarce));
    }

    [Fact]
    public async Task The_same_idempotency_key_and_input_answer_the_first_order_once_shared_with_rest()
    {
        var product = await _rest.CreateProductIdAsync("gql-idem", 5m, 20);
        var userId = Guid.CreateVersion7();
        var user = GraphQLClient.UserToken(userId);
        var key = $"gql-{Guid.NewGuid():N}";

        var racing = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _client.PostAsync(Place, Input(key, (product, 2)), user)));
        var ids = racing.Select(answer => answer.Data.GetProperty("placeOrder").GetProperty("id").GetString()).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(18, await _rest.StockAsync(product));

        var viaRest = await OrdersApi.ReadAsync(await _rest.PlaceAsync(userId, new[] { new { productId = product, quantity = 2 } }, key), HttpStatusCode.Created);
        Assert.Equal(ids[0], viaRest.GetProperty("id").GetString());

        (await _client.PostAsync(Place, Input(key, (product, 3)), user)).SingleError("IDEMPOTENCY_KEY_REUSED", "placeOrder");
        // REST's rule, as an HTTP header can carry a key: no control character, nothing blank, no space first or last.
        foreach (var malformed in new[] { "bad\u0001key", " ", "   ", $" {key} ", $"{key} ", "", new string('k', 256) })
        {
            Assert.Equal(["idempotencyKey"], (await _client.PostAsync(Place, Input(malformed, (product, 1)), user)).InvalidFields("placeOrder"));
        }

        Assert.Equal(18, await _rest.StockAsync(product));
    }

    [Fact]
    public async Task An_order_is_visible_to_its_owner_and_admins_and_not_found_for_others()
    {
        var product = await _rest.CreateProductIdAsync("gql-visible", 1m, 10);
        var owner = Guid.CreateVersion7();
        var placed = await _rest.PlaceOkAsync(owner, (product, 1));
        var id = placed.GetProperty("id").GetString();
        const string read = "query($id: ID!) { order(id: $id) { id status } }";

        Assert.Equal(id, (await _client.DataAsync(read, new { id }, GraphQLClient.UserToken(owner))).GetProperty("order").GetProperty("id").GetString());
        Assert.Equal(id, (await _client.DataAsync(read, new { id }, GraphQLClient.AdminToken())).GetProperty("order").GetProperty("id").GetString());
        (await _client.PostAsync(read, new { id }, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("NOT_FOUND", "order");
        (await _client.PostAsync(read, new { id })).SingleError("UNAUTHENTICATED", "order");
    }

    [Fact]
    public async Task Orders_list_like_rest_with_status_and_admin_user_filters()
    {
        var product = await _rest.CreateProductIdAsync("gql-list", 1m, 10);
        var owner = Guid.CreateVersion7();
        var first = (await _rest.PlaceOkAsync(owner, (product, 1))).GetProperty("id").GetString();
        await _rest.PlaceOkAsync(owner, (product, 1));
        await _client.DataAsync("mutation($id: ID!) { cancelOrder(id: $id) { status } }", new { id = first }, GraphQLClient.UserToken(owner));
        const string list = "query($status: OrderStatus, $userId: ID) { orders(status: $status, userId: $userId) { data { id status } pagination { total } } }";

        var mine = (await _client.DataAsync(list, null, GraphQLClient.UserToken(owner))).GetProperty("orders");
        var cancelled = (await _client.DataAsync(list, new { status = "cancelled" }, GraphQLClient.UserToken(owner))).GetProperty("orders");
        var asAdmin = (await _client.DataAsync(list, new { userId = owner }, GraphQLClient.AdminToken())).GetProperty("orders");
        var rest = await OrdersApi.ReadAsync(await _rest.SendAsync(HttpMethod.Get, "/api/orders", owner), HttpStatusCode.OK);

        Assert.Equal(2, mine.GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.Equal(
            rest.GetProperty("data").EnumerateArray().Select(order => order.GetProperty("id").GetString()),
            mine.GetProperty("data").EnumerateArray().Select(order => order.GetProperty("id").GetString()));
        Assert.Equal(first, Assert.Single(cancelled.GetProperty("data").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(2, asAdmin.GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.DataAsync(list, null, GraphQLClient.UserToken(Guid.CreateVersion7()))).GetProperty("orders").GetProperty("pagination").GetProperty("total").GetInt32());
        var ownFilter = (await _client.DataAsync(list, new { userId = owner }, GraphQLClient.UserToken(owner))).GetProperty("orders");
        Assert.Equal(2, ownFilter.GetProperty("pagination").GetProperty("total").GetInt32());
        (await _client.PostAsync(list, new { userId = owner }, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("FORBIDDEN", "orders");
        (await _client.PostAsync(list, new { userId = Guid.CreateVersion7() }, GraphQLClient.UserToken(owner))).SingleError("FORBIDDEN", "orders");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single((await _client.PostAsync("{ orders(status: shipped) { pagination { total } } }", token: GraphQLClient.UserToken(owner))).Codes));
    }

    [Fact]
    public async Task Cancelling_restores_stock_once_and_a_second_cancel_is_conflict()
    {
        var product = await _rest.CreateProductIdAsync("gql-cancel", 1m, 5);
        var owner = Guid.CreateVersion7();
        var id = (await _rest.PlaceOkAsync(owner, (product, 2))).GetProperty("id").GetString();
        const string cancel = "mutation($id: ID!) { cancelOrder(id: $id) { id status } }";

        (await _client.PostAsync(cancel, new { id }, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("NOT_FOUND", "cancelOrder");
        Assert.Equal("cancelled", (await _client.DataAsync(cancel, new { id }, GraphQLClient.UserToken(owner))).GetProperty("cancelOrder").GetProperty("status").GetString());
        (await _client.PostAsync(cancel, new { id }, GraphQLClient.UserToken(owner))).SingleError("CONFLICT", "cancelOrder");
        Assert.Equal(5, await _rest.StockAsync(product));
    }

    private static object Input(params (Guid ProductId, int Quantity)[] lines) => Input(null, lines);

    private static object Input(string? key, params (Guid ProductId, int Quantity)[] lines) =>
        new { input = new { items = lines.Select(line => new { productId = line.ProductId, quantity = line.Quantity }).ToArray() }, key };
}
