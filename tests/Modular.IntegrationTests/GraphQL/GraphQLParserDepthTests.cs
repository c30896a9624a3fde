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

    private static string Fields(int levels) => $"{{ me {Selections(levels)} }}";

    private static string Selections(int levels) => string.Concat(Enumerable.Repeat("{ id ", levels)) + new string('}', levels);
}
