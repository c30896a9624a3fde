using System.Text;
using GraphQL;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>
/// <c>__schema</c> and <c>__type</c> under more than <c>GraphQL:MaxSchemaReads</c> response names are refused, however
/// the aliases reach the root: written there, through fragment spreads, through inline fragments (ADR 0048).
/// </summary>
public sealed class SchemaReadsBudgetTests
{
    private static string Aliases(int count, string read = "__schema { types { name fields { name } } }")
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < count; i++)
        {
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $" a{i}: {read}");
        }

        return document.Append(" }").ToString();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(500)]
    public async Task Aliases_of_the_schema_beyond_the_limit_are_refused_naming_the_setting(int aliases)
    {
        var error = Assert.IsType<GraphQLGuardError>(Assert.Single(await ErrorsAsync(Aliases(aliases))));

        Assert.Equal("GraphQL:MaxSchemaReads", error.Setting);
        Assert.Equal($"The operation reads the schema {aliases} times (__schema and __type under distinct response names); GraphQL:MaxSchemaReads allows 2.", error.Message);
    }

    [Fact]
    public async Task Aliases_of_a_type_read_count_like_schema_reads()
    {
        var error = Assert.IsType<GraphQLGuardError>(Assert.Single(await ErrorsAsync(Aliases(3, """__type(name: "Product") { fields { name } }"""))));

        Assert.Equal("GraphQL:MaxSchemaReads", error.Setting);
    }

    [Theory]
    [InlineData("fragment F on Query { a: __schema { types { name } } b: __schema { types { name } } c: __type(name: \"Product\") { name } } { ...F }")]
    [InlineData("{ ... on Query { a: __schema { types { name } } } ... { b: __schema { types { name } } } c: __schema { types { name } } }")]
    [InlineData("fragment F on Query { a: __schema { types { name } } ...G } fragment G on Query { b: __schema { types { name } } ...F } { ...F c: __type(name: \"Product\") { name } }")]
    public async Task Reads_reached_through_fragments_are_counted(string document)
    {
        var errors = await ErrorsAsync(document);

        Assert.Contains(errors, error => error is GraphQLGuardError { Setting: "GraphQL:MaxSchemaReads" });
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } __schema { types { name } } __type(name: \"Product\") { name } }")]
    [InlineData("fragment F on Query { s: __schema { types { name } } } { ...F ...F ... on Query { ...F s: __schema { queryType { name } } } }")]
    [InlineData("{ a: __typename b: __typename c: __typename __schema { types { name } } products(limit: 1) { data { __typename id } } }")]
    public async Task Selections_under_one_response_name_and_typename_are_not_extra_reads(string document)
    {
        Assert.Empty(await ErrorsAsync(document));
    }

    [Fact]
    public async Task A_lower_limit_applies()
    {
        var one = await ErrorsAsync("{ __schema { types { name } } t: __type(name: \"Product\") { name } }", new GraphQLOptions { MaxSchemaReads = 1 });

        Assert.Equal("GraphQL:MaxSchemaReads", Assert.IsType<GraphQLGuardError>(Assert.Single(one)).Setting);
        Assert.Empty(await ErrorsAsync("{ __schema { types { name } } }", new GraphQLOptions { MaxSchemaReads = 1 }));
    }

    private static Task<IReadOnlyList<ExecutionError>> ErrorsAsync(string document, GraphQLOptions? options = null) =>
        ValidationHarness.ErrorsAsync(document, new GraphQLValidationRules(Options.Create(options ?? new GraphQLOptions())).Rules);
}
