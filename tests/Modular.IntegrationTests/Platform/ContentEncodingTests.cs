using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// A request body sent with a content coding is 415 problem+json with <c>Accept-Encoding: identity</c> (RFC 9110
/// §15.5.16) on every endpoint that takes a body, GraphQL's too, and changes nothing; <c>identity</c> is no coding.
/// Before, the compressed bytes were read as JSON and answered "not valid JSON" (400).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContentEncodingTests(ModularApiFactory factory)
{
    private static readonly string[] Codings = ["gzip", "br", "deflate", "GZIP", "identity, gzip", "x-unknown"];

    public static TheoryData<string, string, string, string> BodyEndpoints()
    {
        var endpoints = new TheoryData<string, string, string, string>();
        foreach (var row in MediaTypeTests.BodyEndpoints)
        {
            endpoints.Add((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
        }

        endpoints.Add("POST", "/graphql", """{"query":"{ __typename }"}""", "anonymous");
        return endpoints;
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task Every_body_endpoint_refuses_a_coded_body_with_415_naming_identity(string method, string path, string body, string caller)
    {
        using var client = factory.CreateClient();
        foreach (var coding in Codings)
        {
            var response = await client.SendAsync(Request(method, path, body, caller, coding));

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
            Assert.Equal(["identity"], response.Headers.GetValues("Accept-Encoding"));
        }
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("Identity")]
    [InlineData("")]
    public async Task Identity_or_an_empty_header_is_no_coding_and_the_body_is_read(string coding)
    {
        using var client = factory.CreateClient();
        var email = $"identity-{Guid.NewGuid():N}@tests.local";

        var response = await client.SendAsync(Request("POST", "/api/identity/register", $$"""{"name":"Plain","email":"{{email}}","password":"correct horse battery"}""", "anonymous", coding, compress: false));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_coded_registration_creates_no_account()
    {
        using var client = factory.CreateClient();
        var body = $$"""{"name":"Gzip","email":"gzip-{{Guid.NewGuid():N}}@tests.local","password":"correct horse battery"}""";

        var coded = await client.SendAsync(Request("POST", "/api/identity/register", body, "anonymous", "gzip"));
        var plain = await client.SendAsync(Request("POST", "/api/identity/register", body, "anonymous", coding: null, compress: false));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, coded.StatusCode);
        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path, string body, string caller, string? coding, bool compress = true)
    {
        var id = Guid.CreateVersion7();
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{n}", id.ToString(), StringComparison.Ordinal));
        var bytes = Encoding.UTF8.GetBytes(body.Replace("{n}", caller == "anonymous" ? id.ToString("N") : id.ToString(), StringComparison.Ordinal));
        var content = new ByteArrayContent(compress ? Gzip(bytes) : bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (coding is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Encoding", coding);
        }

        request.Content = content;
        if (caller != "anonymous")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller == "admin" ? TestTokens.Admin(Guid.CreateVersion7()) : TestTokens.For(Guid.CreateVersion7(), "coding@tests.local"));
        }

        return request;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
