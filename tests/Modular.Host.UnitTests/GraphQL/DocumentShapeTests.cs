using Modular.Host.Platform.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>
/// What GraphQL.NET's standard validation compares pairwise is bounded before it runs (ADR 0048): a stranger's 22 KB
/// document of one response name took 62 s and 2.9 GB, 60,000 directives 115 s. Each member of the kind is refused with
/// one error, and documents real clients send pass.
/// </summary>
public sealed class DocumentShapeTests
{
    private const int Complexity = 20_000;

    public static TheoryData<string, string> Refused => new()
    {
        // One response name, two fields: the probe's shape, directly and under one type condition.
        { Repeat(2000, i => i % 2 == 0 ? "a: me { id }" : "a: __typename"), "Fields 'a' conflict because 'me' and '__typename' are different fields." },
        { "{ " + string.Join(' ', Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? "... on Query { a: me { id } }" : "... on Query { a: __typename }")) + " }", "Fields 'a' conflict" },
        // One field, other arguments.
        { Repeat(100, i => $"p: product(id: \"{Guid.CreateVersion7()}\") {{ id }}"), "Fields 'p' conflict because they have differing arguments." },
        // The same field, merged, too many times; and pairs spread over many names and types.
        { Repeat(20_000, _ => "__typename"), "more than 50000 pairs of same-named fields to compare" },
        { Repeat(1600, i => i % 2 == 0 ? $"n{i / 8}: __typename" : $"... on Query {{ n{i / 8}: me {{ id }} }}"), "or more than 100 of them of different fields or arguments" },
        // Everything else a standard rule compares pairwise.
        { "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 17)) + "}", "17 directives on one location" },
        { "query(" + string.Join(' ', Enumerable.Range(0, 65).Select(i => $"$v{i}: Int")) + ") { __typename }", "65 variables in one operation" },
        { "{ product(" + string.Join(' ', Enumerable.Range(0, 33).Select(i => $"a{i}: 1")) + ") { id } }", "33 arguments on one field" },
        { "{ product(id: { " + string.Join(' ', Enumerable.Range(0, 65).Select(i => $"f{i}: 1")) + " }) { id } }", "65 fields in one input object" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_document_whose_validation_would_compare_too_much_is_refused_once(string query, string expected)
    {
        var (document, error) = GraphQLDocumentReader.Read(query, maxFragments: 100, maxComplexity: Complexity);

        Assert.Null(document);
        Assert.Contains(expected, error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_selections_than_the_complexity_budget_with_fragments_spread_is_refused_naming_it()
    {
        var query = "fragment F on Query { " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"f{i}: __typename")) + " } "
            + Repeat(10, i => $"q{i}: __typename ...F").Replace("...F", string.Empty, StringComparison.Ordinal).TrimEnd('}') + " ...F ...F }";

        var (document, error) = GraphQLDocumentReader.Read(query, maxFragments: 100, maxComplexity: 50);

        Assert.Null(document);
        var refusal = Assert.IsType<GraphQLHttpError>(error);
        Assert.Equal("GraphQL:MaxComplexity", refusal.Details["limit"]);
    }

    [Theory]
    [InlineData("{ a: me { id } a: me { id email } ...F } fragment F on Query { a: me { roles } }")]
    [InlineData("{ __typename " + "@skip(if: false) @include(if: true) }")]
    [InlineData("query($a: Int, $b: String) { p: product(id: \"x\") { id } p: product(id: \"x\") { name } }")]
    [InlineData("{ node { ... on Product { id } ... on Order { id } ... on User { id } } }")]
    [InlineData("{ ...F0 ...F1 ...F2 ...F3 ...F4 ...F5 ...F6 ...F7 ...F8 ...F9 } fragment F0 on Query { __typename me { id } } fragment F1 on Query { __typename me { id } } fragment F2 on Query { __typename me { id } } fragment F3 on Query { __typename me { id } } fragment F4 on Query { __typename me { id } } fragment F5 on Query { __typename me { id } } fragment F6 on Query { __typename me { id } } fragment F7 on Query { __typename me { id } } fragment F8 on Query { __typename me { id } } fragment F9 on Query { __typename me { id } }")]
    public void Documents_real_clients_send_pass(string query)
    {
        var (document, error) = GraphQLDocumentReader.Read(query, maxFragments: 100, maxComplexity: Complexity);

        Assert.Null(error);
        Assert.NotNull(document);
    }

    private static string Repeat(int count, Func<int, string> selection) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(selection)) + " }";
}
