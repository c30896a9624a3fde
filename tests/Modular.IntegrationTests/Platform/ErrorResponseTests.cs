using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Modular.IntegrationTests.Platform;

/// <summary>Every non-2xx answer of the pipeline is the contract's problem+json, whatever produced it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ErrorResponseTests(PlatformHosts hosts)
{
    private readonly HttpClient _client = hosts.Testing.CreateClient();

    [Fact]
    public async Task A_wrong_method_is_a_problem_405()
    {
        var response = await _client.DeleteAsync("/test/items/x");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_valid_body_reaches_the_endpoint()
    {
        var response = await PostJsonAsync("""{"name":"plain ünïcödé 🙂","tags":["a"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("plain ünïcödé 🙂", await NameOfAsync(response));
    }

    [Theory]
    [InlineData("""{"name":""")]
    [InlineData("""{"name":"x",}""")]
    [InlineData("""not json""")]
    [InlineData("""{"name":42}""")]
    public async Task Malformed_json_is_a_problem_400_with_errors(string json)
    {
        var body = await ProblemAssert.IsProblemAsync(await PostJsonAsync(json), HttpStatusCode.BadRequest);

        Assert.NotEmpty(ProblemAssert.Fields(body));
    }

    [Fact]
    public async Task An_unknown_property_is_a_problem_400_naming_it()
    {
        var body = await ProblemAssert.IsProblemAsync(await PostJsonAsync("""{"name":"x","isAdmin":true}"""), HttpStatusCode.BadRequest);

        Assert.Contains("isAdmin", ProblemAssert.Fields(body));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task A_body_that_is_not_json_is_a_problem_415(string mediaType)
    {
        using var content = new StringContent("""{"name":"x"}""", Encoding.UTF8, mediaType);

        var response = await _client.PostAsync("/test/echo", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_a_problem_415()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"x"}"""));

        var response = await _client.PostAsync("/test/echo", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_a_problem_413()
    {
        var json = $$"""{"name":"{{new string('a', 1024 * 1024)}}"}""";

        var response = await PostJsonAsync(json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_streamed_body_over_the_limit_is_a_problem_413()
    {
        // A pipe has no length, so the body goes without Content-Length: only reading it can find it too large.
        var pipe = new Pipe();
        var writing = WriteOversizedJsonAsync(pipe.Writer);
        using var content = new StreamContent(pipe.Reader.AsStream());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/test/echo", content);

        Assert.Null(content.Headers.ContentLength);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await pipe.Reader.CompleteAsync();
        await writing;
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_accepted()
    {
        var json = $$"""{"name":"{{new string('a', (1024 * 1024) - 100)}}"}""";

        var response = await PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"a\u0000b"}""", "name")]
    [InlineData("""{"name":"\ud800"}""", "name")]
    [InlineData("""{"name":"x\udc00y"}""", "name")]
    [InlineData("""{"name":"ok","tags":["fine","\u0000"]}""", "tags[1]")]
    public async Task Nul_or_a_lone_surrogate_in_a_body_string_is_a_problem_400(string json, string field)
    {
        var body = await ProblemAssert.IsProblemAsync(await PostJsonAsync(json), HttpStatusCode.BadRequest);

        Assert.Contains(field, ProblemAssert.Fields(body));
    }

    [Fact]
    public async Task Raw_invalid_utf8_in_a_body_is_a_problem_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"name":"AB"}""");
        bytes[9] = 0xED;
        bytes[10] = 0xA0;
        using var content = new ByteArrayContent([.. bytes[..11], 0x80, .. bytes[11..]]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/test/echo", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/health/live?search=a%00b")]
    [InlineData("/health/live?search=%ED%A0%80")]
    [InlineData("/health/live?a%00=1")]
    [InlineData("/test/items/%ED%A0%80")]
    [InlineData("/test/items/a%ED%B0%80b")]
    public async Task Nul_or_a_lone_surrogate_in_the_path_or_query_is_a_problem_400(string url)
    {
        var response = await _client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_route_value_with_ordinary_text_reaches_the_endpoint()
    {
        var response = await _client.GetAsync("/test/items/caf%C3%A9-%F0%9F%99%82");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("café-🙂", await NameOfAsync(response));
    }

    private static async Task<string?> NameOfAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("name").GetString();
    }

    private static async Task WriteOversizedJsonAsync(PipeWriter writer)
    {
        // Once the reader side is completed, writes return at once: the loop never blocks the test.
        await writer.WriteAsync(Encoding.UTF8.GetBytes("""{"name":"x"""));
        var chunk = Encoding.UTF8.GetBytes(new string('a', 64 * 1024));
        for (var written = 0; written <= 1024 * 1024; written += chunk.Length)
        {
            await writer.WriteAsync(chunk);
        }

        await writer.WriteAsync(Encoding.UTF8.GetBytes("\"}"));
        await writer.CompleteAsync();
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync("/test/echo", content);
    }
}
