using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>A name repeated inside <c>variables</c> or <c>extensions</c> is a malformed request as in REST: 400 naming it, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLDuplicateKeyTests(ModularApiFactory factory)
{
    private const string Limit = "query($l:Int){ products(limit:$l){ pagination{ limit } } }";
    private const string Register = "mutation($input: RegisterInput!) { register(input: $input) { id } }";

    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData($$$"""{"query":"{{{Limit}}}","variables":{"l":1,"l":2}}""", "variables.l")]
    [InlineData($$$$"""{"query":"{{{{Register}}}}","variables":{"input":{"name":"A","name":"B","email":"a@b.tests","password":"correct-horse"}}}""", "variables.input.name")]
    [InlineData($$$"""{"query":"{{{Limit}}}","variables":{"l":1,"x":[{"a":1,"a":2}]}}""", "variables.x[0].a")]
    [InlineData("""{"query":"{ __typename }","extensions":{"a":1,"a":2}}""", "extensions.a")]
    [InlineData("""{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"version":2}}}""", "extensions.persistedQuery.version")]
    public async Task A_repeated_name_in_a_post_is_a_400_problem_naming_it(string body, string field)
    {
        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            var response = await _client.PostRawAsync(body, accept: accept);

            await AssertNamedAsync(response, field);
        }
    }

    [Theory]
    [InlineData("variables", """{"l":1,"l":2}""", "variables.l")]
    [InlineData("variables", """{"l":1,"o":{"k":1,"k":2}}""", "variables.o.k")]
    [InlineData("extensions", """{"a":1,"a":2}""", "extensions.a")]
    public async Task A_repeated_name_over_get_is_a_400_problem_naming_it(string parameter, string json, string field)
    {
        var url = $"{GraphQLClient.Path}?query={Uri.EscapeDataString(Limit)}&{parameter}={Uri.EscapeDataString(json)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponse);

        await AssertNamedAsync(await _client.Http.SendAsync(request), field);
    }

    private static async Task AssertNamedAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Contains("more than once", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
