using System.Net;
using System.Text;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// What a third-party GraphQL-over-HTTP client meets at the edge: Accept read by RFC 9110's rules (the most specific range
/// decides a type's quality, q=0 excludes it), <c>Vary: Accept</c> on every answer, a body in any charset REST reads, and a
/// subscription over GET answered as POST answers it (the schema has none) rather than sent to POST with a 405.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLNegotiationTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData("*/*, application/json;q=0", "application/graphql-response+json")]
    [InlineData("application/*;q=0.5, application/json;q=0.1", "application/graphql-response+json")]
    [InlineData("application/json;q=0.9, */*;q=1", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0, */*", "application/json")]
    [InlineData("application/graphql-response+json;q=0.2, application/*;q=0.8", "application/json")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    public async Task The_most_specific_range_decides_each_types_quality(string accept, string expected)
    {
        var answer = await _client.PostAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
    }

    [Theory]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0, */*")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public async Task Excluding_both_types_is_406_even_under_a_wildcard(string accept)
    {
        var answer = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync("""{"query":"{ __typename }"}""", accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("text/html")]
    public async Task Every_answer_varies_by_accept(string accept)
    {
        var post = await _client.PostRawAsync("""{"query":"{ __typename }"}""", accept: accept);
        var invalid = await _client.PostRawAsync("""{"query":"{ nope }"}""", accept: accept);

        Assert.Contains("Accept", post.Headers.Vary);
        Assert.Contains("Accept", invalid.Headers.Vary);
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=\"latin1\"")]
    public async Task A_body_in_a_charset_rest_decodes_is_decoded(string contentType)
    {
        var email = $"latin1-gql-{Guid.NewGuid():N}@tests.local";
        var body = $$"""{"query":"mutation { register(input: {name: \"Zoë Ångström\", email: \"{{email}}\", password: \"correct horse battery\"}) { name } }"}""";
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path) { Content = new ByteArrayContent(Encoding.Latin1.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var answer = await GraphQLAnswer.ReadAsync(await _client.Http.SendAsync(request));

        Assert.False(answer.HasErrors, answer.Text);
        Assert.Equal("Zoë Ångström", answer.Data.GetProperty("register").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_subscription_over_get_is_the_validation_error_post_gives_not_a_405()
    {
        var overGet = await _client.GetAsync("subscription { __typename }");
        var overPost = await _client.PostAsync("subscription { __typename }");

        Assert.Equal(HttpStatusCode.BadRequest, overGet.Status);
        Assert.Equal(overPost.Status, overGet.Status);
        Assert.Equal(overPost.Codes, overGet.Codes);
        Assert.False(overGet.ContentHeaders.Allow.Count > 0);
    }
}
