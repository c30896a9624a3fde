using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// Well-formed JSON nested past the readers' depth (64 objects and arrays) is refused as that, a 400 naming where it
/// was and the limit, over every transport that reads JSON: not as "not valid JSON", which it is (the probe: GraphQL
/// variables nested 200 deep were reported as malformed).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class JsonDepthTests(ModularApiFactory factory)
{
    private const string Query = "query($v: String) { __typename }";

    private readonly GraphQLClient _graphQL = new(factory.CreateClient());

    public static TheoryData<int> Depths => new() { 65, 200, 5000 };

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task A_graphql_post_whose_variables_nest_too_deep_is_a_400_naming_the_limit(int depth)
    {
        var body = $$$"""{"query":"{{{Query}}}","variables":{"v":{{{Nested(depth)}}}}}""";

        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            await AssertTooDeepAsync(await _graphQL.PostRawAsync(body, accept: accept), "body");
        }
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task A_graphql_get_whose_variables_nest_too_deep_is_a_400_naming_them(int depth)
    {
        var url = $"{GraphQLClient.Path}?query={Uri.EscapeDataString(Query)}&variables={Uri.EscapeDataString($$"""{"v":{{Nested(depth)}}}""")}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponse);

        await AssertTooDeepAsync(await _graphQL.Http.SendAsync(request), "variables");
    }

    [Theory]
    [InlineData("/api/identity/register", "name")]
    [InlineData("/api/identity/login", "email")]
    [InlineData("/api/orders", "items")]
    public async Task A_rest_body_nesting_too_deep_is_a_400_naming_the_limit(string path, string member)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent($$"""{"{{member}}":{{Nested(200)}}}""", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GraphQLClient.UserToken(Guid.CreateVersion7()));

        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        using var problem = JsonDocument.Parse(text);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain("not valid JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary><paramref name="depth"/> arrays inside one another around an object: <c>[[...[{"a":1}]...]]</c>.</summary>
    private static string Nested(int depth) => new string('[', depth) + """{"a":1}""" + new string(']', depth);

    private static async Task AssertTooDeepAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Contains("more than 64 levels deep", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
