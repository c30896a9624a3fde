using System.Net;
using Modular.IntegrationTests.Platform;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// A document nested past what the parser reads (selections, lists, objects) is the client's error, refused like a syntax
/// error; it never reaches the 500 handler, whose log line would quote the document's text.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLParserDepthTests(PlatformHosts hosts)
{
    public static TheoryData<string, string> Deep => new()
    {
        // 62 field levels: once the parser's own limit (a 500); now read and refused by GraphQL:MaxDepth.
        { Fields(62), "GRAPHQL_VALIDATION_FAILED" },
        { Fields(200), "GRAPHQL_PARSE_FAILED" },
        { $"{{ products(search: {new string('[', 300)}\"x\"{new string(']', 300)}) {{ pagination {{ total }} }} }}", "GRAPHQL_PARSE_FAILED" },
        { $"{{ products(search: {string.Concat(Enumerable.Repeat("{a: ", 300))}1{new string('}', 300)}) {{ pagination {{ total }} }} }}", "GRAPHQL_PARSE_FAILED" },
    };

    [Theory]
    [MemberData(nameof(Deep))]
    public async Task A_document_nested_past_the_parser_is_a_client_error(string document, string code)
    {
        var client = new GraphQLClient(hosts.Production.CreateClient());

        var strict = await client.PostAsync(document);
        var json = await client.PostAsync(document, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.NotEmpty(strict.Codes);
        Assert.All(strict.Codes, found => Assert.Equal(code, found));
        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.Equal(strict.Codes, json.Codes);
    }

    [Fact]
    public async Task The_parse_failure_names_the_limit_and_where_it_was_passed()
    {
        var client = new GraphQLClient(hosts.Production.CreateClient());

        var answer = await client.GetAsync(Fields(200));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(
            "The document nests selections, lists or objects more than 256 levels deep (line 1, column ",
            answer.SingleError("GRAPHQL_PARSE_FAILED").GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_passwords_of_a_document_too_deep_to_parse_reach_no_log_line()
    {
        var secret = $"deep-secret-{Guid.NewGuid():N}";
        var client = new GraphQLClient(hosts.Production.CreateClient());
        var document = $$"""mutation { login(input: { email: "deep@example.com", password: "{{secret}}" }) { accessToken } x: login(input: { email: "deep@example.com", password: "{{secret}}" }) {{Selections(150)}} }""";

        var answer = await client.PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", Assert.Single(answer.Codes));
        Assert.DoesNotContain(hosts.ProductionLogs.Entries, entry => entry.AllText.Contains(secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(33)]
    [InlineData(99)]
    public async Task A_chain_of_fragments_is_refused_before_anything_follows_it(int fragments)
    {
        var client = new GraphQLClient(hosts.Production.CreateClient());

        var answer = await client.PostAsync(FragmentChain(fragments));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(
            "Fragments spread fragments more than 32 levels deep.",
            answer.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task A_chain_of_32_fragments_runs()
    {
        var client = new GraphQLClient(hosts.Production.CreateClient());

        var answer = await client.PostAsync(FragmentChain(31));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.HasErrors, answer.Text);
        Assert.Equal(1, answer.Data.GetProperty("products").GetProperty("pagination").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task More_fragments_than_max_fragments_are_refused_naming_the_setting()
    {
        var client = new GraphQLClient(hosts.Production.CreateClient());
        static string Fragments(int count) =>
            "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"...f{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, count).Select(i => $"fragment f{i} on Query {{ __typename }} "));

        var within = await client.PostAsync(Fragments(100));
        var over = await client.PostAsync(Fragments(101));

        Assert.False(within.HasErrors, within.Text);
        Assert.Equal(HttpStatusCode.BadRequest, over.Status);
        var error = over.SingleError("GRAPHQL_VALIDATION_FAILED");
        Assert.Equal("GraphQL:MaxFragments", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Equal("The document defines 101 fragments; GraphQL:MaxFragments allows 100.", error.GetProperty("message").GetString());

        // The probe's chain of 1,500 fragments overflowed the stack and killed the process.
        var chain = await client.PostAsync(FragmentChain(1500));
        Assert.Equal("GraphQL:MaxFragments", chain.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ __typename }")).Status);
    }

    /// <summary>f0 spreads f1 ... up to f(n), which reads a page of products: n + 1 levels of fragments.</summary>
    private static string FragmentChain(int spreads) =>
        "{ ...f0 } "
        + string.Concat(Enumerable.Range(0, spreads).Select(i => $"fragment f{i} on Query {{ ...f{i + 1} }} "))
        + $"fragment f{spreads} on Query {{ products(limit: 1) {{ pagination {{ limit }} }} }}";

    private static string Fields(int levels) => $"{{ me {Selections(levels)} }}";

    private static string Selections(int levels) => string.Concat(Enumerable.Repeat("{ id ", levels)) + new string('}', levels);
}
