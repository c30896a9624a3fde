using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Modular.IntegrationTests.Platform;

/// <summary>NUL and lone surrogates are a 400 naming the input wherever they appear: JSON strings, path, route values, query.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UnsafeInputTests(PlatformHosts hosts)
{
    private readonly HttpClient _client = hosts.Testing.CreateClient();

    [Theory]
    [InlineData("""{"name":"a\u0000b"}""", "name")]
    [InlineData("""{"name":"\ud800"}""", "name")]
    [InlineData("""{"name":"x\udc00y"}""", "name")]
    [InlineData("""{"name":"ok","tags":["fine","\u0000"]}""", "tags[1]")]
    public async Task Nul_or_a_lone_surrogate_in_a_body_string_is_a_problem_400(string json, string field)
    {
        var body = await ProblemAssert.IsProblemAsync(await _client.PostJsonTextAsync(json), HttpStatusCode.BadRequest);

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

    [Theory]
    [InlineData("/health/live?page=1&search=a%00b", "search")]
    [InlineData("/health/live?page=1&search=%ED%A0%80", "search")]
    [InlineData("/health/live?a%00=1", "query")]
    public async Task The_problem_names_the_query_parameter(string url, string field)
    {
        var body = await ProblemAssert.IsProblemAsync(await _client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal([field], ProblemAssert.Fields(body));
    }

    [Fact]
    public async Task A_route_value_with_ordinary_text_reaches_the_endpoint()
    {
        var response = await _client.GetAsync("/test/items/caf%C3%A9-%F0%9F%99%82");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("café-🙂", await response.EchoedNameAsync());
    }
}
