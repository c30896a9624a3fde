using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Modular.Host.Platform.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>Every field is one level of depth, introspection's included (ADR 0042); fragments are expanded.</summary>
public sealed class MaxDepthRuleTests
{
    private static readonly ISchema Schema = global::GraphQL.Types.Schema.For("type Query { node: Node } type Node { child: Node name: String }");

    [Theory]
    [InlineData("{ node { child { name } } }", 3)]
    [InlineData("{ __typename }", 1)]
    [InlineData("{ node { child { __typename } } }", 3)]
    [InlineData("{ __schema { queryType { name } } }", 3)]
    [InlineData("{ __type(name: \"Node\") { fields { type { ofType { name } } } } }", 5)]
    [InlineData("{ ...F } fragment F on Query { __schema { types { fields { name } } } }", 4)]
    [InlineData("{ node { ... on Node { child { ...G } } } } fragment G on Node { __typename }", 3)]
    public async Task A_document_exactly_at_the_limit_runs_and_one_level_more_is_refused_naming_the_limit(string document, int depth)
    {
        Assert.Empty(await GuardErrorsAsync(document, maxDepth: depth));

        var error = Assert.Single(await GuardErrorsAsync(document, maxDepth: depth - 1));
        Assert.Equal("GraphQL:MaxDepth", error.Setting);
        Assert.Equal($"The operation nests fields {depth} deep; GraphQL:MaxDepth allows {depth - 1}.", error.Message);
    }

    [Fact]
    public async Task Introspection_alone_can_exceed_the_limit()
    {
        const string introspection = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";

        var error = Assert.Single(await GuardErrorsAsync(introspection, maxDepth: 10));

        Assert.Contains("13 deep", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<GraphQLGuardError>> GuardErrorsAsync(string document, int maxDepth)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = document;
            options.ValidationRules = [.. DocumentValidator.CoreRules, new MaxDepthRule(maxDepth)];
        });

        Assert.All(result.Errors ?? [], error => Assert.IsType<GraphQLGuardError>(error));
        return [.. (result.Errors ?? []).OfType<GraphQLGuardError>()];
    }
}
