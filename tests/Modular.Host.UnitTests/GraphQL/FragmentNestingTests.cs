using System.Text;
using GraphQLParser;
using Modular.Host.Platform.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>How deep fragments spread fragments, computed without recursion, whatever the document's shape.</summary>
public sealed class FragmentNestingTests
{
    /// <summary>f0 spreads f1 ... f(n-1) spreads f(n), which selects a field: n + 1 levels.</summary>
    private static string Chain(int spreads, string wrap = "{0}")
    {
        var document = new StringBuilder("{ ...f0 }");
        for (var i = 0; i < spreads; i++)
        {
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment f{i} on Query {{ {string.Format(System.Globalization.CultureInfo.InvariantCulture, wrap, $"...f{i + 1}")} }}");
        }

        return document.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment f{spreads} on Query {{ __typename }}").ToString();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(31, 32)]
    [InlineData(32, FragmentNesting.Max + 1)]
    [InlineData(3000, FragmentNesting.Max + 1)]
    [InlineData(100_000, FragmentNesting.Max + 1)]
    public void A_chain_is_measured_and_a_long_one_is_cut_short_without_recursion(int spreads, int nesting) =>
        Assert.Equal(nesting, FragmentNesting.Of(Parser.Parse(Chain(spreads))));

    [Theory]
    [InlineData("me {{ {0} }}")]
    [InlineData("... on Query {{ {0} }}")]
    [InlineData("a: products {{ data {{ ... {{ {0} }} }} }}")]
    public void Spreads_under_fields_and_inline_fragments_count(string wrap) =>
        Assert.Equal(11, FragmentNesting.Of(Parser.Parse(Chain(10, wrap))));

    [Fact]
    public void Fragments_spread_many_times_are_measured_once() =>
        // Each of 2,000 fragments spreads the next three times: followed naively, 3^2000 paths.
        Assert.Equal(FragmentNesting.Max + 1, FragmentNesting.Of(Parser.Parse(Chain(2000, "{0} {0} {0}"))));

    [Theory]
    [InlineData("{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }", 2)]
    [InlineData("{ ...a } fragment a on Query { ...a }", 1)]
    [InlineData("{ ...a } fragment a on Query { ...missing __typename }", 1)]
    [InlineData("{ __typename }", 0)]
    public void Cycles_and_unknown_fragments_are_left_to_the_specifications_rules(string document, int nesting) =>
        Assert.Equal(nesting, FragmentNesting.Of(Parser.Parse(document)));
}
