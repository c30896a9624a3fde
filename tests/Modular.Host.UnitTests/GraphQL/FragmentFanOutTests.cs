using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>
/// Fragments that each spread the previous one twice select 2^n fields: every guard measures a fragment once, not at
/// every spread (ADR 0047). With 60 fragments a walk of every spread would never end, so these tests end only if the
/// guards are linear.
/// </summary>
public sealed class FragmentFanOutTests
{
    /// <summary><c>fragment B0 on Product { ...A ...A } fragment B1 on Product { ...B0 ...B0 } ...</c>, as the probe sent it.</summary>
    public static string FanOut(int fragments, string type = "Product", string leaf = "id", string root = "{ products(limit: 1) { data { ...B{last} } } }")
    {
        var document = new StringBuilder($"fragment A on {type} {{ {leaf} }}");
        for (var i = 0; i < fragments; i++)
        {
            var previous = i == 0 ? "A" : $"B{i - 1}";
            document.Append(CultureInfo.InvariantCulture, $" fragment B{i} on {type} {{ ...{previous} ...{previous} }}");
        }

        return document.Append(' ').Append(root.Replace("{last}", (fragments - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToString();
    }

    [Theory]
    [InlineData(22)]
    [InlineData(40)]
    [InlineData(60)]
    public async Task A_fan_out_of_fragments_is_refused_by_the_complexity_budget_before_any_walk_of_its_spreads(int fragments)
    {
        var errors = await ErrorsAsync(FanOut(fragments), new GraphQLValidationRules(Options.Create(new GraphQLOptions())).Rules);

        var error = Assert.IsType<GraphQLGuardError>(Assert.Single(errors));
        Assert.Equal("GraphQL:MaxComplexity", error.Setting);
        Assert.Equal("The operation selects more than 20000 fields once its fragments are spread; GraphQL:MaxComplexity allows 20000.", error.Message);
    }

    [Fact]
    public async Task The_depth_guard_alone_measures_a_fan_out_of_60_fragments()
    {
        var errors = await ErrorsAsync(FanOut(60), [.. DocumentValidator.CoreRules, new MaxDepthRule(3)]);

        Assert.Empty(errors);
        var deep = Assert.IsType<GraphQLGuardError>(Assert.Single(await ErrorsAsync(FanOut(60), [.. DocumentValidator.CoreRules, new MaxDepthRule(2)])));
        Assert.Equal("The operation nests fields 3 deep; GraphQL:MaxDepth allows 2.", deep.Message);
    }

    [Fact]
    public async Task The_introspection_depth_guard_alone_measures_a_fan_out_of_60_fragments()
    {
        var within = FanOut(60, "__Type", "name", "{ __schema { types { ...B{last} } } }");
        var beyond = FanOut(60, "__Type", "fields { type { fields { type { fields { type { fields { name } } } } } } }", "{ __schema { types { ...B{last} } } }");

        Assert.Empty(await ErrorsAsync(within, [.. DocumentValidator.CoreRules, IntrospectionDepthRule.Instance]));
        var error = Assert.IsType<GraphQLGuardError>(Assert.Single(await ErrorsAsync(beyond, [.. DocumentValidator.CoreRules, IntrospectionDepthRule.Instance])));
        Assert.Equal(IntrospectionDepthRule.Limit, error.Setting);
    }

    [Fact]
    public async Task Fragments_spread_several_times_within_the_budget_pass_every_guard()
    {
        var document = FanOut(6) + " query Two { a: products(limit: 2) { data { ...B5 ...A } } b: products { data { ...B2 } } }";

        var errors = await ErrorsAsync(document.Replace("{ products(limit: 1)", "query One { products(limit: 1)", StringComparison.Ordinal), new GraphQLValidationRules(Options.Create(new GraphQLOptions())).Rules, "Two");

        Assert.Empty(errors);
    }

    // Validation only: executing a fan-out that the guards let through would expand it (which is why they must refuse it).
    private static Task<IReadOnlyList<ExecutionError>> ErrorsAsync(string document, IEnumerable<IValidationRule> rules, string? operationName = null) =>
        ValidationHarness.ErrorsAsync(document, rules, operationName);
}
