using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

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
        Assert.Equal("plain ünïcödé 🙂", await response.EchoedNameAsync());
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

    [Theory]
    [InlineData("[]", "The request body must be a JSON object.")]
    [InlineData("[{\"name\":\"x\"}]", "The request body must be a JSON object.")]
    [InlineData("\"x\"", "The request body must be a JSON object.")]
    [InlineData("42", "The request body must be a JSON object.")]
    [InlineData("null", "The request body must be a JSON object.")]
    [InlineData("", "The request body must be a JSON object.")]
    [InlineData("nul", "The request body is not valid JSON.")]
    [InlineData("{]", "The request body is not valid JSON.")]
    [InlineData("""{"name":""", "The request body is not valid JSON (at 'name').")]
    [InlineData("""{"name":"x","tags":[""", "The request body is not valid JSON (at 'tags[0]').")]
    [InlineData("""{"name":"x","tags":["a",}""", "The request body is not valid JSON (at 'tags[1]').")]
    public async Task Well_formed_json_that_is_not_an_object_and_json_that_breaks_off_are_errors_of_the_body(string json, string message)
    {
        var body = await ProblemAssert.IsProblemAsync(await PostJsonAsync(json), HttpStatusCode.BadRequest);

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("body", error.GetProperty("field").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"name":42}""", "name")]
    [InlineData("""{"name":"x","tags":[1]}""", "tags[0]")]
    public async Task Well_formed_json_with_a_value_of_the_wrong_kind_names_that_field(string json, string field)
    {
        var body = await ProblemAssert.IsProblemAsync(await PostJsonAsync(json), HttpStatusCode.BadRequest);

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal($"'{field}' has an invalid value.", error.GetProperty("message").GetString());
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

    private Task<HttpResponseMessage> PostJsonAsync(string json) => _client.PostJsonTextAsync(json);
}
