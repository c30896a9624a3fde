using System.Net;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

/// <summary>
/// An integer field takes any spelling of an integer value (3.0, 3e0), as the OpenAPI document's <c>integer</c> means
/// under JSON Schema 2020-12, in REST bodies and GraphQL variables alike; a fraction or a value past 32 bits stays a 400.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IntegerSpellingTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());
    private readonly GraphQLClient _graphQL = new(factory.CreateClient());

    [Theory]
    [InlineData("7.0", 7)]
    [InlineData("7.000", 7)]
    [InlineData("7e0", 7)]
    [InlineData("0.7E1", 7)]
    [InlineData("7E+0", 7)]
    [InlineData("1000000.0", 1000000)]
    public async Task A_stock_spelled_as_a_float_of_an_integer_value_is_that_integer(string number, int expected)
    {
        var id = await _api.CreateProductIdAsync("int-spell", 2m, 1);

        var response = await _api.SendAsync(HttpMethod.Patch, $"/api/products/{id}", Guid.CreateVersion7(), $$"""{"stock":{{number}}}""", admin: true);

        var product = await OrdersApi.ReadAsync(response, HttpStatusCode.OK);
        Assert.Equal(expected, product.GetProperty("stock").GetInt32());
        Assert.Equal(expected, await _api.StockAsync(id));
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("2147483648.0")]
    [InlineData("1e10")]
    [InlineData("7.0000000000000000000000000000001")]
    [InlineData("\"7\"")]
    public async Task A_fraction_or_a_value_past_32_bits_is_refused_naming_the_field_and_changes_nothing(string number)
    {
        var id = await _api.CreateProductIdAsync("int-spell-bad", 2m, 1);

        var response = await _api.SendAsync(HttpMethod.Patch, $"/api/products/{id}", Guid.CreateVersion7(), $$"""{"stock":{{number}}}""", admin: true);

        var problem = await OrdersApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["stock"], OrdersApi.ErrorFields(problem));
        Assert.Equal(1, await _api.StockAsync(id));
    }

    [Fact]
    public async Task An_order_line_quantity_of_2_0_orders_two()
    {
        var userId = OrdersApi.NewUser();
        var product = await _api.CreateProductIdAsync("int-spell-order", 3m, 5);

        var response = await _api.SendAsync(HttpMethod.Post, "/api/orders", userId, $$"""{"items":[{"productId":"{{product}}","quantity":2.0}]}""");

        var order = await OrdersApi.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal(2, order.GetProperty("items")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(3, await _api.StockAsync(product));
    }

    [Theory]
    [InlineData("3.0", 3)]
    [InlineData("3e0", 3)]
    public async Task A_graphql_int_variable_takes_the_same_spellings(string number, int expected)
    {
        var body = "{\"query\":\"query($limit: Int) { products(limit: $limit) { pagination { limit } } }\",\"variables\":{\"limit\":" + number + "}}";

        var answer = await GraphQLAnswer.ReadAsync(await _graphQL.PostRawAsync(body));

        Assert.False(answer.HasErrors, answer.Text);
        Assert.Equal(expected, answer.Data.GetProperty("products").GetProperty("pagination").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task A_graphql_int_variable_with_a_fraction_is_refused()
    {
        var body = "{\"query\":\"query($limit: Int) { products(limit: $limit) { pagination { limit } } }\",\"variables\":{\"limit\":3.5}}";

        var answer = await GraphQLAnswer.ReadAsync(await _graphQL.PostRawAsync(body));

        Assert.True(answer.HasErrors, answer.Text);
    }
}
