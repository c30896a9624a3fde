using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// Depth, complexity and schema-read budgets refuse a document before it runs, naming the setting; introspection counts
/// toward the depth (ADR 0042), and aliases cannot multiply it (ADR 0048).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLGuardTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Fact]
    public async Task An_operation_deeper_than_max_depth_is_refused_before_execution_naming_the_limit()
    {
        // The deepest path of the schema (orders > data > items > product > id) is 5 levels: well within the default.
        var within = await _client.PostAsync("{ orders { data { items { product { id } } } } }", token: GraphQLClient.UserToken(Guid.CreateVersion7()));
        Assert.Equal(HttpStatusCode.OK, within.Status);

        // Depth is measured on the document, through fragments, before the schema is consulted.
        var deep = await _client.PostAsync(
            "query Deep { ...Level } fragment Level on Query { a { b { c { d { e { f { g { h { i { j { k } } } } } } } } } } }",
            token: GraphQLClient.UserToken(Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        Assert.False(deep.Body.TryGetProperty("data", out _));
        var error = Assert.Single(deep.Errors, error => error.GetProperty("extensions").TryGetProperty("limit", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("GraphQL:MaxDepth", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Contains("GraphQL:MaxDepth allows 10", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_over_the_complexity_budget_is_refused_before_execution_naming_the_limit()
    {
        var one = "orders(limit: 100) { data { id status items { sku quantity product { id name price stock } } } }";
        var aliases = new StringBuilder("{");
        for (var i = 0; i < 12; i++)
        {
            aliases.Append($" o{i}: {one}");
        }

        var single = await _client.PostAsync($"{{ {one} }}", token: GraphQLClient.UserToken(Guid.CreateVersion7()));
        Assert.Equal(HttpStatusCode.OK, single.Status);

        var answer = await _client.PostAsync(aliases.Append(" }").ToString(), token: GraphQLClient.UserToken(Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var error = answer.SingleError("GRAPHQL_VALIDATION_FAILED");
        Assert.Equal("GraphQL:MaxComplexity", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Contains("GraphQL:MaxComplexity", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }", 13)]
    [InlineData("{ __type(name: \"Order\") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }", 11)]
    [InlineData("{ __type(name: \"Order\") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { __typename } } } } } } } } } } }", 11)]
    [InlineData(IntrospectionQuery.Text, IntrospectionQuery.Depth)]
    public async Task Introspection_fields_count_toward_max_depth_like_any_other(string document, int depth)
    {
        var answer = await _client.PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.TryGetProperty("data", out _));
        var error = answer.SingleError("GRAPHQL_VALIDATION_FAILED");
        Assert.Equal("GraphQL:MaxDepth", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Equal($"The operation nests fields {depth} deep; GraphQL:MaxDepth allows 10.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Introspection_exactly_at_the_default_depth_runs()
    {
        var answer = await _client.PostAsync("{ __type(name: \"Order\") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }");

        Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, answer.Text);
        Assert.Equal(JsonValueKind.Array, answer.Data.GetProperty("__type").GetProperty("fields").ValueKind);
    }

    [Fact]
    public async Task The_introspection_query_of_graphql_tools_runs_when_max_depth_admits_it()
    {
        await using var host = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GraphQL:MaxDepth", IntrospectionQuery.Depth.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Messaging:ConsumeEvents", "false");
        });
        var client = new GraphQLClient(host.CreateClient());

        var answer = await client.PostAsync(IntrospectionQuery.Text);

        Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, answer.Text.Length > 500 ? answer.Text[..500] : answer.Text);
        var types = answer.Data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(type => type.GetProperty("name").GetString()).ToList();
        Assert.Contains("Order", types);
        Assert.Contains("OrderStatus", types);
    }

    [Fact]
    public async Task Aliases_cannot_multiply_the_schema_an_anonymous_client_reads()
    {
        // The probe's document: 500 aliases of the type list, 4.7 MB of answer before the guard.
        var aliases = new StringBuilder("{");
        for (var i = 0; i < 500; i++)
        {
            aliases.Append(CultureInfo.InvariantCulture, $" a{i}: __schema {{ types {{ name fields {{ name }} }} }}");
        }

        var refused = await _client.PostAsync(aliases.Append(" }").ToString());
        var two = await _client.PostAsync("""{ __schema { queryType { name } } order: __type(name: "Order") { name } }""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(refused.Body.TryGetProperty("data", out _));
        var error = refused.SingleError("GRAPHQL_VALIDATION_FAILED");
        Assert.Equal("GraphQL:MaxSchemaReads", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Contains("reads the schema 500 times", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(refused.Text.Length < 2_000, $"the refusal is {refused.Text.Length} characters");
        Assert.True(two.Status == HttpStatusCode.OK && !two.HasErrors, two.Text);
        Assert.Equal("Query", two.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Order", two.Data.GetProperty("order").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_cannot_be_nested_without_bound()
    {
        // 10 deep (within GraphQL:MaxDepth) but four nested type lists.
        var nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";

        var answer = await _client.PostAsync(nested);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("introspection depth", answer.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("extensions").GetProperty("limit").GetString());
    }
}
