using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Modular.IntegrationTests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class CorsAndCompressionTests(PlatformHosts hosts)
{
    private readonly HttpClient _client = hosts.Testing.CreateClient();

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/orders");
        request.Headers.Add("Origin", PlatformHosts.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type, idempotency-key");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(PlatformHosts.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        var allowedHeaders = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains("authorization", allowedHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("idempotency-key", allowedHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        AssertVariesByOrigin(response);
    }

    [Fact]
    public async Task The_hub_negotiate_preflight_of_a_browser_client_with_default_options_allows_its_credentials()
    {
        // The official browser client sends negotiate with credentials by default: without this answer it cannot connect.
        using var request = new HttpRequestMessage(HttpMethod.Options, "/hubs/notifications/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", PlatformHosts.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, x-requested-with, x-signalr-user-agent");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(PlatformHosts.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
    }

    [Fact]
    public async Task A_preflight_from_another_origin_is_not_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/orders");
        request.Headers.Add("Origin", "https://evil.example.test");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await _client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        AssertVariesByOrigin(response);
    }

    [Theory]
    [InlineData("/health/live", null)]
    [InlineData("/health/live", "https://evil.example.test")]
    [InlineData("/api/does-not-exist", PlatformHosts.AllowedOrigin)]
    [InlineData("/api/products", PlatformHosts.AllowedOrigin)]
    [InlineData("/api/products", null)]
    public async Task Every_answer_varies_by_origin_since_its_CORS_headers_do(string path, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await _client.SendAsync(request);

        AssertVariesByOrigin(response);
        Assert.Equal(origin == PlatformHosts.AllowedOrigin, response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_cross_origin_answer_exposes_the_headers_clients_need()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/does-not-exist");
        request.Headers.Add("Origin", "https://admin.example.test");

        var response = await _client.SendAsync(request);

        Assert.Equal("https://admin.example.test", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        AssertVariesByOrigin(response);
        var exposed = string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers"));
        foreach (var header in new[] { "X-Correlation-Id", "Location", "Retry-After", "RateLimit" })
        {
            Assert.Contains(header, exposed, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("br", "/health/live", "application/json")]
    [InlineData("gzip", "/health/live", "application/json")]
    [InlineData("br", "/api/does-not-exist", "application/problem+json")]
    [InlineData("gzip", "/api/does-not-exist", "application/problem+json")]
    [InlineData("gzip", "/openapi/v1.json", "application/json")]
    [InlineData("br", "/openapi/v2.json", "application/problem+json")]
    public async Task Json_answers_are_compressed_when_the_client_accepts_it(string encoding, string path, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Encoding", encoding);

        var response = await _client.SendAsync(request);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream decompressed = encoding == "br"
            ? new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(decompressed);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D", "application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("/docs/scalar.js", "*/*", "text/javascript")]
    public async Task The_other_text_answers_are_compressed_too(string path, string accept, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Encoding", "gzip");
        request.Headers.Add("Accept", accept);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        await using var decompressed = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed);
        Assert.NotEmpty(await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Nothing_is_compressed_for_a_client_that_does_not_ask()
    {
        var response = await _client.GetAsync("/health/live");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    /// <summary>Exactly one <c>Origin</c> in <c>Vary</c>, however many parts of the pipeline care about it.</summary>
    private static void AssertVariesByOrigin(HttpResponseMessage response) =>
        Assert.Single(response.Headers.Vary, value => value.Equals("Origin", StringComparison.OrdinalIgnoreCase));
}
