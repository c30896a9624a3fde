using System.Net;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>product, products, createProduct and updateProduct: the same use cases, rules and values as REST.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLProductTests(ModularApiFactory factory)
{
    private const string ProductFields = "id sku name price stock createdAt updatedAt";

    private readonly GraphQLClient _client = new(factory.CreateClient());
    private readonly OrdersApi _rest = new(factory.CreateClient());

    [Fact]
    public async Task A_created_product_reads_the_same_over_graphql_and_rest()
    {
        var sku = OrdersApi.UniqueSku("gql-create");
        var created = (await _client.DataAsync(
            $"mutation($input: CreateProductInput!) {{ createProduct(input: $input) {{ {ProductFields} }} }}",
            new { input = new { sku, name = "Graph mug", price = 12.5m, stock = 7 } },
            GraphQLClient.AdminToken())).GetProperty("createProduct");
        var id = created.GetProperty("id").GetString();

        var read = (await _client.DataAsync($"query($id: ID!) {{ product(id: $id) {{ {ProductFields} }} }}", new { id })).GetProperty("product");
        var rest = await OrdersApi.ReadAsync(await _rest.SendAsync(HttpMethod.Get, $"/api/products/{id}"), HttpStatusCode.OK);

        foreach (var field in new[] { "id", "sku", "name", "createdAt", "updatedAt" })
        {
            Assert.Equal(rest.GetProperty(field).GetString(), read.GetProperty(field).GetString());
        }

        Assert.Equal(rest.GetProperty("price").GetRawText(), read.GetProperty("price").GetRawText());
        Assert.Equal(12.5m, read.GetProperty("price").GetDecimal());
        Assert.Equal(7, read.GetProperty("stock").GetInt32());
        Assert.Equal(created.GetProperty("updatedAt").GetString(), read.GetProperty("updatedAt").GetString());
        Assert.EndsWith("Z", read.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_product_is_admin_only_validated_like_rest_and_a_taken_sku_is_conflict()
    {
        const string create = "mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }";
        var sku = OrdersApi.UniqueSku("gql-rules");
        var valid = new { input = new { sku, name = "Rules", price = 1m, stock = 1 } };

        (await _client.PostAsync(create, valid)).SingleError("UNAUTHENTICATED", "createProduct");
        (await _client.PostAsync(create, valid, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("FORBIDDEN", "createProduct");

        var invalid = await _client.PostAsync(create, new { input = new { sku = "bad sku!", price = 1.234m, stock = -1 } }, GraphQLClient.AdminToken());
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        var restProblem = await OrdersApi.ProblemAsync(
            await _rest.SendAsync(HttpMethod.Post, "/api/products", _rest.AdminId, new { sku = "bad sku!", price = 1.234m, stock = -1 }, admin: true),
            HttpStatusCode.BadRequest);
        Assert.Equal(OrdersApi.ErrorFields(restProblem).Order(), invalid.InvalidFields("createProduct").Order());

        await _client.DataAsync(create, valid, GraphQLClient.AdminToken());
        (await _client.PostAsync(create, valid, GraphQLClient.AdminToken())).SingleError("CONFLICT", "createProduct");
    }

    [Fact]
    public async Task Updating_a_product_changes_only_the_given_fields_and_an_unknown_id_is_not_found()
    {
        var id = await _rest.CreateProductIdAsync("gql-update", 3m, 4);
        const string update = "mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { name price stock } }";

        var updated = (await _client.DataAsync(update, new { id, input = new { stock = 9 } }, GraphQLClient.AdminToken())).GetProperty("updateProduct");

        Assert.Equal(9, updated.GetProperty("stock").GetInt32());
        Assert.Equal(3m, updated.GetProperty("price").GetDecimal());
        Assert.Equal(9, await _rest.StockAsync(id));
        (await _client.PostAsync(update, new { id = Guid.CreateVersion7(), input = new { stock = 1 } }, GraphQLClient.AdminToken())).SingleError("NOT_FOUND", "updateProduct");
        (await _client.PostAsync(update, new { id, input = new { stock = 1 } }, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("FORBIDDEN", "updateProduct");
        Assert.Equal(["price"], (await _client.PostAsync(update, new { id, input = new { price = -1m } }, GraphQLClient.AdminToken())).InvalidFields("updateProduct"));
    }

    [Fact]
    public async Task Unknown_or_malformed_product_ids_are_null_with_not_found()
    {
        var answer = await _client.PostAsync($"{{ a: product(id: \"{Guid.CreateVersion7()}\") {{ id }} b: product(id: \"not-a-uuid\") {{ id }} }}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], answer.Codes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.Data.GetProperty("a").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.Data.GetProperty("b").ValueKind);
    }

    [Fact]
    public async Task Products_are_listed_as_data_and_pagination_like_rest_with_the_same_paging_rules()
    {
        var marker = $"gqllist{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 3; i++)
        {
            await _rest.CreateProductAsync($"{marker}-{i}", 1m, 1);
        }

        const string list = "query($search: String, $page: Int, $limit: Int) { products(search: $search, page: $page, limit: $limit) { data { sku } pagination { page limit total pages } } }";
        var page = (await _client.DataAsync(list, new { search = marker, page = 2, limit = 2 })).GetProperty("products");
        var rest = await OrdersApi.ReadAsync(await _rest.SendAsync(HttpMethod.Get, $"/api/products?search={marker}&page=2&limit=2"), HttpStatusCode.OK);

        Assert.Equal(rest.GetProperty("pagination").GetRawText(), page.GetProperty("pagination").GetRawText());
        Assert.Equal($"{marker}-2", Assert.Single(page.GetProperty("data").EnumerateArray()).GetProperty("sku").GetString());
        Assert.Equal(["limit"], (await _client.PostAsync(list, new { limit = 101 })).InvalidFields("products"));
        Assert.Equal(["page"], (await _client.PostAsync(list, new { page = 0 })).InvalidFields("products"));
        Assert.Equal(["search"], (await _client.PostAsync(list, new { search = new string('x', 255) })).InvalidFields("products"));
    }
}
