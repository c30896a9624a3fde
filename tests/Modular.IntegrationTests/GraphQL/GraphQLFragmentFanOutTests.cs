using System.Globalization;
using System.Net;
using System.Text;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// Fragments that each spread the previous one twice (the s7 probe's 1 KB document of 2^n fields) are refused before
/// any guard walks their spreads (ADR 0047). At 30 fragments a walk of every spread could not end within the test run,
/// so a refusal at all shows the guards are linear; past 32 levels the fragment nesting bound refuses first. Since the
/// document's shape is read before validation (ADR 0048), the first bound such a fan-out meets is the one on pairs of
/// same-named fields to compare (its leaf is selected 2^n times in one merged set).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLFragmentFanOutTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    private static string FanOut(int fragments)
    {
        var document = new StringBuilder("fragment A on Product { id }");
        for (var i = 0; i < fragments; i++)
        {
            var previous = i == 0 ? "A" : $"B{i - 1}";
            document.Append(CultureInfo.InvariantCulture, $" fragment B{i} on Product {{ ...{previous} ...{previous} }}");
        }

        return document.Append(CultureInfo.InvariantCulture, $" {{ products(limit: 1) {{ data {{ ...B{fragments - 1} }} }} }}").ToString();
    }

    [Theory]
    [InlineData(22)]
    [InlineData(30)]
    public async Task A_fan_out_of_fragments_is_refused_anonymously_naming_its_bound(int fragments)
    {
        var answer = await _client.PostAsync(FanOut(fragments));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(GraphQLClient.GraphQLResponse, answer.MediaType);
        Assert.False(answer.Body.TryGetProperty("data", out _));
        var error = answer.SingleError("GRAPHQL_VALIDATION_FAILED");
        Assert.StartsWith("The document repeats response names too often", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    public async Task A_deeper_fan_out_is_refused_by_the_fragment_nesting_bound_before_any_guard(int fragments)
    {
        var answer = await _client.PostAsync(FanOut(fragments));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(
            "Fragments spread fragments more than 32 levels deep.",
            answer.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_fan_out_over_get_is_refused_the_same_way()
    {
        var answer = await _client.GetAsync(FanOut(30));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith("The document repeats response names too often", answer.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragments_spread_several_times_still_run()
    {
        const string document = """
            fragment Names on Product { id name }
            fragment Card on Product { ...Names price ...Names }
            query Catalog { first: products(limit: 2) { data { ...Card ...Names } } again: products(limit: 1) { data { ...Card } } }
            """;

        var data = await _client.DataAsync(document);

        Assert.Equal(System.Text.Json.JsonValueKind.Array, data.GetProperty("first").GetProperty("data").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, data.GetProperty("again").GetProperty("data").ValueKind);
    }
}
