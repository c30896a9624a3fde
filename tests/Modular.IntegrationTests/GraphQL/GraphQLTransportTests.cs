using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>GraphQL over HTTP as the spec and the contract describe it: media types, methods, status codes, input rules.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLTransportTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task The_answer_takes_the_media_type_the_client_accepts(string accept, string expected)
    {
        var answer = await _client.PostAsync("{ products(limit: 1) { pagination { page } } }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
        Assert.Equal(1, answer.Data.GetProperty("products").GetProperty("pagination").GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task No_acceptable_media_type_is_406_and_no_accept_header_is_application_json()
    {
        var refused = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync("""{"query":"{ __typename }"}""", accept: "text/html"));
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);

        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path) { Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json") };
        var legacy = await GraphQLAnswer.ReadAsync(await _client.Http.SendAsync(request));
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("application/json", legacy.MediaType);
        Assert.Equal("Query", legacy.Data.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("{ products { data { id } ", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ noSuchField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ product(id: 1, id: 2) { id } }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task A_document_that_cannot_run_is_400_under_graphql_response_json_and_200_with_errors_under_json(string query, string code)
    {
        var strict = await _client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(GraphQLClient.GraphQLResponse, strict.MediaType);
        Assert.Contains(code, strict.Codes);
        Assert.False(strict.Body.TryGetProperty("data", out _));

        var legacy = await _client.PostAsync(query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Contains(code, legacy.Codes);
    }

    [Fact]
    public async Task Get_runs_queries_and_a_mutation_over_get_is_405_with_allow_post()
    {
        var query = await _client.GetAsync("query Catalog($limit: Int) { products(limit: $limit) { pagination { limit } } }", """{"limit":3}""");
        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal(3, query.Data.GetProperty("products").GetProperty("pagination").GetProperty("limit").GetInt32());

        var mutation = await _client.GetAsync("""mutation { logout(input: {refreshToken: "x"}) }""");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.Equal("POST", Assert.Single(mutation.ContentHeaders.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", Assert.Single(mutation.Codes));
    }

    [Theory]
    [InlineData("""{"query": "{ __typename }" """, "body")]
    [InlineData("""[1, 2]""", "body")]
    [InlineData("""{"variables": {}}""", "query")]
    [InlineData("""{"query": 42}""", "query")]
    [InlineData("""{"query": "{ __typename }", "variables": [1]}""", "variables")]
    [InlineData("""{"query": "{ __typename }", "operationName": 7}""", "operationName")]
    [InlineData("""{"query": "{ __typename }", "mass": "assignment"}""", "mass")]
    [InlineData("""{"query": "{ __typename }", "a\u0000": 1}""", "a\u0000")]
    public async Task A_malformed_request_is_a_400_problem_naming_the_field(string body, string field)
    {
        var response = await _client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(field, problem.RootElement.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()));
    }

    /// <summary>
    /// U+0000 or a lone surrogate anywhere in a well-formed request's text makes an invalid GraphQL request: the status
    /// rules of every invalid document (400 under graphql-response+json, 200 under json), BAD_USER_INPUT naming where.
    /// </summary>
    [Theory]
    [InlineData("""{"query": "{ products(search: \"\\u0000\") { data { id } } }"}""", "query")]
    [InlineData("""{"query": "{ products(search: \"a\\uD800b\") { data { id } } }"}""", "query")]
    [InlineData("""{"query": "{ products(search: \"\"\"a\u0000b\"\"\") { data { id } } }"}""", "query")]
    [InlineData("""{"query": "{ __typename \u0000 }"}""", "query")]
    [InlineData("""{"query": "{ __typename \ud800 }"}""", "query")]
    [InlineData("""{"query": "query Q { __typename }", "operationName": "\udfff"}""", "operationName")]
    [InlineData("""{"query": "query($s: String) { products(search: $s) { data { id } } }", "variables": {"s": "a\u0000b"}}""", "variables.s")]
    [InlineData("""{"query": "query($i: PlaceOrderInput!) { __typename }", "variables": {"i": {"items": [{"productId": "\udc00"}]}}}""", "variables.i.items[0].productId")]
    [InlineData("""{"query": "query Q { __typename }", "operationName": "Q\u0000"}""", "operationName")]
    public async Task Unsafe_text_in_a_request_follows_the_status_rules_of_an_invalid_document(string body, string field)
    {
        foreach (var (accept, status) in new[] { (GraphQLClient.GraphQLResponse, HttpStatusCode.BadRequest), ("application/json", HttpStatusCode.OK) })
        {
            var answer = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync(body, accept: accept));

            Assert.Equal(status, answer.Status);
            Assert.Equal(accept, answer.MediaType);
            Assert.False(answer.Body.TryGetProperty("data", out _));
            Assert.Equal([field], answer.InvalidFields());
        }
    }

    [Fact]
    public async Task Unsafe_text_over_get_follows_the_same_rules()
    {
        var literal = await _client.GetAsync("""{ products(search: "a\u0000b") { data { id } } }""", accept: "application/json");
        var variable = await _client.GetAsync("query($s: String) { products(search: $s) { data { id } } }", """{"s":"a\u0000b"}""", accept: "application/json");
        var strict = await _client.GetAsync("query($s: String) { products(search: $s) { data { id } } }", """{"s":"a\u0000b"}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest), (literal.Status, variable.Status, strict.Status));
        Assert.Equal(["query"], literal.InvalidFields());
        Assert.Equal(["variables.s"], variable.InvalidFields());
        Assert.Equal(["variables.s"], strict.InvalidFields());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=utf-7")]
    [InlineData("application/json; charset=unicode-1-1-utf-7")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_in_a_readable_charset_is_415(string contentType)
    {
        var response = await _client.PostRawAsync("""{"query":"{ __typename }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Json_with_a_quoted_utf8_charset_is_read()
    {
        var response = await _client.PostRawAsync("""{"query":"{ __typename }"}""", contentType: "application/json; charset=\"UTF-8\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var padding = new string(' ', 1024 * 1024 + 16);
        var response = await _client.PostRawAsync($$"""{"query":"{ __typename }{{padding}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl_with_every_field_of_the_contract()
    {
        var response = await _client.Http.GetAsync("/graphql/schema.graphql");
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        string[] fields =
        [
            "me:", "user(", "users(", "product(", "products(", "order(", "orders(",
            "register(", "login(", "refresh(", "logout(", "changeRoles(", "updateUser(", "deleteUser(",
            "createProduct(", "updateProduct(", "placeOrder(", "cancelOrder(",
        ];
        Assert.All(fields, field => Assert.Contains($"  {field}", sdl, StringComparison.Ordinal));
        Assert.Contains("enum OrderStatus", sdl, StringComparison.Ordinal);
        Assert.Contains("  pending", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_is_a_graphql_error_on_the_endpoint_and_a_problem_on_the_schema()
    {
        using var endpoint = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        endpoint.Headers.Add("Authorization", "Bearer x.y.z");
        endpoint.Headers.Add("Accept", GraphQLClient.GraphQLResponse);
        using var schema = new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql");
        schema.Headers.Add("Authorization", "Bearer x.y.z");

        var graphql = await GraphQLAnswer.ReadAsync(await _client.Http.SendAsync(endpoint));
        var sdl = await _client.Http.SendAsync(schema);

        Assert.Equal(HttpStatusCode.Unauthorized, graphql.Status);
        graphql.SingleError("UNAUTHENTICATED");
        await Modular.IntegrationTests.Platform.ProblemAssert.IsProblemAsync(sdl, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(sdl.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Graphql_is_not_in_the_openapi_document()
    {
        var document = await _client.Http.GetStringAsync("/openapi/v1.json");

        Assert.DoesNotContain("/graphql", document, StringComparison.Ordinal);
    }
}
