using System.Net;
using System.Text;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>Depth and complexity budgets refuse a document before it runs, naming the setting; tools' introspection fits.</summary>
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

    [Fact]
    public async Task The_introspection_query_of_graphql_tools_runs_within_the_default_guards()
    {
        var answer = await _client.PostAsync(IntrospectionQuery.Text);

        Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, answer.Text.Length > 500 ? answer.Text[..500] : answer.Text);
        var types = answer.Data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(type => type.GetProperty("name").GetString()).ToList();
        Assert.Contains("Order", types);
        Assert.Contains("OrderStatus", types);
    }

    [Fact]
    public async Task Introspection_cannot_be_nested_without_bound()
    {
        var nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }";

        var answer = await _client.PostAsync(nested);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("introspection depth", answer.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("extensions").GetProperty("limit").GetString());
    }
}
