using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// What graphql-js and the GraphQL specification require that GraphQL.NET's defaults did not give (the GraphQL-tooling
/// probe): a document with type-system definitions is invalid (§5.1.1), and introspection answers the October 2021 fields
/// tools ask for that GraphQL.NET 8 has (<c>isRepeatable</c>, deprecation of input values on fields and input types; not
/// <c>specifiedByURL</c>, nor <c>includeDeprecated</c> on a directive's arguments).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLSpecificationConformanceTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData("type Foo { a: Int } { __typename }", "Foo")]
    [InlineData("directive @d on FIELD { __typename }", "d")]
    [InlineData("extend type Query { b: Int } { __typename }", "Query")]
    [InlineData("schema { query: Query } { __typename }", "schema")]
    [InlineData("scalar X { __typename }", "X")]
    [InlineData("{ __typename } input I { a: Int }", "I")]
    public async Task A_document_with_type_system_definitions_is_invalid_and_runs_nothing(string document, string name)
    {
        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            var answer = await _client.PostAsync(document, accept: accept);

            Assert.Equal(accept == GraphQLClient.GraphQLResponse ? HttpStatusCode.BadRequest : HttpStatusCode.OK, answer.Status);
            Assert.False(answer.Body.TryGetProperty("data", out _), answer.Text);
            var error = answer.SingleError("GRAPHQL_VALIDATION_FAILED");
            Assert.Equal($"The \"{name}\" definition is not executable.", error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Introspection_answers_repeatable_directives_and_deprecation_of_input_values()
    {
        var answer = await _client.PostAsync("""
            {
              __schema { directives { name isRepeatable args { name isDeprecated deprecationReason } } }
              __type(name: "PlaceOrderItemInput") { inputFields(includeDeprecated: true) { name isDeprecated } }
            }
            """);

        Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, answer.Text);
        var directives = answer.Data.GetProperty("__schema").GetProperty("directives").EnumerateArray().ToList();
        Assert.Contains(directives, directive => directive.GetProperty("name").GetString() == "skip" && !directive.GetProperty("isRepeatable").GetBoolean());
        var fields = answer.Data.GetProperty("__type").GetProperty("inputFields").EnumerateArray().ToList();
        Assert.Equal(["productId", "quantity"], fields.Select(field => field.GetProperty("name").GetString()));
        Assert.All(fields, field => Assert.Equal(JsonValueKind.False, field.GetProperty("isDeprecated").ValueKind));

        var arguments = await _client.PostAsync("""{ __type(name: "Mutation") { fields { args(includeDeprecated: true) { name isDeprecated } } } }""");
        Assert.True(arguments.Status == HttpStatusCode.OK && !arguments.HasErrors, arguments.Text);
    }

    [Fact]
    public async Task A_persisted_query_hash_without_its_document_is_answered_as_apollo_clients_expect()
    {
        const string extensions = """{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}""";
        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            var post = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync($$"""{"extensions":{{extensions}}}""", accept: accept));
            using var get = new HttpRequestMessage(HttpMethod.Get, $"{GraphQLClient.Path}?extensions={Uri.EscapeDataString(extensions)}");
            get.Headers.TryAddWithoutValidation("Accept", accept);
            var byGet = await GraphQLAnswer.ReadAsync(await _client.Http.SendAsync(get));

            foreach (var answer in new[] { post, byGet })
            {
                Assert.Equal(accept == GraphQLClient.GraphQLResponse ? HttpStatusCode.BadRequest : HttpStatusCode.OK, answer.Status);
                Assert.Equal("PersistedQueryNotSupported", answer.SingleError("PERSISTED_QUERY_NOT_SUPPORTED").GetProperty("message").GetString());
            }
        }

        // Without a persisted query, a missing document is still a malformed request.
        var missing = await _client.PostRawAsync("""{"extensions":{}}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_answer_of_the_endpoint_varies_by_accept_refusals_made_before_it_runs_included()
    {
        var query = Uri.EscapeDataString("{ __typename }");
        using var put = new HttpRequestMessage(HttpMethod.Put, GraphQLClient.Path) { Content = new StringContent("{}") };
        using var charset = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path) { Content = new StringContent("""{"query":"{ __typename }"}""") };
        charset.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=bogus");
        using var repeated = new HttpRequestMessage(HttpMethod.Get, $"{GraphQLClient.Path}?query={query}&query={query}");

        foreach (var (request, status) in new[] { (put, HttpStatusCode.MethodNotAllowed), (charset, HttpStatusCode.UnsupportedMediaType), (repeated, HttpStatusCode.BadRequest) })
        {
            var response = await _client.Http.SendAsync(request);

            Assert.Equal(status, response.StatusCode);
            Assert.Contains("Accept", response.Headers.Vary);
        }
    }
}
