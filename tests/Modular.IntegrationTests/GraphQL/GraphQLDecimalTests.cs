using System.Net;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// A price over GraphQL is read as REST reads it: only a number a decimal holds exactly, in a variable or a literal.
/// GraphQL.NET's own scalar rounded (<c>1e-30</c> was stored as 0.00, <c>1.00000000000000000000000000001</c> as 1.00).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLDecimalTests(ModularApiFactory factory)
{
    private const string Create = "mutation($input: CreateProductInput!) { createProduct(input: $input) { sku price } }";

    private readonly GraphQLClient _client = new(factory.CreateClient());
    private readonly OrdersApi _rest = new(factory.CreateClient());

    public static TheoryData<string> Inexact() =>
    [
        "1e-30",
        "1.00000000000000000000000000001",
        "0.000000000000000000000000000001",
        "1e400",
        "79228162514264337593543950336",
        "12345678901234567890.123456789012345",
    ];

    [Theory]
    [MemberData(nameof(Inexact))]
    public async Task A_variable_no_decimal_holds_is_refused_and_creates_nothing(string number)
    {
        var sku = OrdersApi.UniqueSku("gql-dec-var");
        var body = Body(sku, number);

        var answer = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync(body, GraphQLClient.AdminToken()));

        Assert.True(answer.HasErrors, answer.Text);
        Assert.DoesNotContain(number, answer.Text, StringComparison.Ordinal);
        await AssertNotCreatedAsync(sku);
    }

    [Theory]
    [MemberData(nameof(Inexact))]
    public async Task A_literal_no_decimal_holds_is_refused_and_creates_nothing(string number)
    {
        var sku = OrdersApi.UniqueSku("gql-dec-lit");

        var answer = await _client.PostAsync(
            $$"""mutation { createProduct(input: { sku: "{{sku}}", name: "Exact", price: {{number}}, stock: 1 }) { sku } }""",
            token: GraphQLClient.AdminToken());

        Assert.True(answer.HasErrors, answer.Text);
        await AssertNotCreatedAsync(sku);
    }

    [Theory]
    [InlineData("19.99", "19.99")]
    [InlineData("12.50", "12.5")]
    [InlineData("1e1", "10")]
    [InlineData("2.5E+1", "25")]
    [InlineData("7", "7")]
    public async Task Numbers_a_decimal_holds_are_stored_exactly_from_a_variable_and_a_literal(string number, string stored)
    {
        var fromVariable = OrdersApi.UniqueSku("gql-dec-ok");
        var body = Body(fromVariable, number);
        var variableAnswer = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync(body, GraphQLClient.AdminToken()));
        var fromLiteral = OrdersApi.UniqueSku("gql-dec-ok");
        var literalAnswer = await _client.PostAsync(
            $$"""mutation { createProduct(input: { sku: "{{fromLiteral}}", name: "Exact", price: {{number}}, stock: 1 }) { price } }""",
            token: GraphQLClient.AdminToken());

        Assert.False(variableAnswer.HasErrors, variableAnswer.Text);
        Assert.False(literalAnswer.HasErrors, literalAnswer.Text);
        var expected = decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, variableAnswer.Data.GetProperty("createProduct").GetProperty("price").GetDecimal());
        Assert.Equal(expected, literalAnswer.Data.GetProperty("createProduct").GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task Rest_refuses_the_same_number()
    {
        var sku = OrdersApi.UniqueSku("rest-dec");
        var response = await _rest.SendAsync(HttpMethod.Post, "/api/products", Guid.CreateVersion7(), $$"""{"sku":"{{sku}}","name":"Exact","price":1e-30,"stock":1}""", admin: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNotCreatedAsync(sku);
    }

    // Built by hand: the number must reach the server as written, which no serializer of a .NET value does.
    private static string Body(string sku, string number) =>
        $$"""{"query":"{{Create}}","variables":{"input":{"sku":"{{sku}}","name":"Exact","price":{{number}},"stock":1}""" + "}}";

    private async Task AssertNotCreatedAsync(string sku)
    {
        var list = await OrdersApi.ReadAsync(await _rest.SendAsync(HttpMethod.Get, $"/api/products?search={sku}"), HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("pagination").GetProperty("total").GetInt32());
    }
}
