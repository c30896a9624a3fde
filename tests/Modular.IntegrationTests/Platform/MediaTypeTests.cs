using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Every spelling of the JSON media type on every endpoint that takes a body: UTF-8 in any case, quoted or not, is read
/// as UTF-8; a charset the server can decode is decoded; one it cannot read is 415 problem+json, and so is any other media
/// type, JSON-based ones too (a merge patch, a problem, JSON:API: the contract takes application/json only); never a 5xx.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MediaTypeTests(ModularApiFactory factory)
{
    private static readonly string[] Utf8SpellingValues =
    [
        "application/json; charset=\"utf-8\"",
        "application/json; charset=\"UTF-8\"",
        "application/json; charset=UTF-8",
        "application/json;charset=utf-8",
        "application/json; charset=utf8",
        "Application/JSON; Charset=\"Utf-8\"",
        "application/json; charset=utf-8; charset=\"UTF-8\"",
    ];

    private static readonly string[] UnreadableCharsetValues =
    [
        "application/json; charset=\"bogus\"",
        "application/json; charset=",
        "application/json; charset=\"\"",
        "application/json; charset=windows-1252",
        "application/json; charset=utf-8; charset=utf-16",
        // A name .NET knows and refuses to decode (NotSupportedException, once a 500): UTF-7 under its names.
        "application/json; charset=utf-7",
        "application/json; charset=\"UTF-7\"",
        "application/json; charset=csUnicode11UTF7",
        "application/json; charset=unicode-1-1-utf-7",
    ];

    private static readonly string[] OtherMediaTypeValues =
    [
        "application/merge-patch+json",
        "Application/Merge-Patch+JSON; charset=utf-8",
        "application/problem+json",
        "application/vnd.api+json",
        "application/json-patch+json",
        "text/json",
        "text/plain",
    ];

    public static TheoryData<string> Utf8Spellings => new(Utf8SpellingValues);

    public static TheoryData<string> UnreadableCharsets => new(UnreadableCharsetValues);

    /// <summary>Every endpoint that takes a body: method, path, body, and who calls it.</summary>
    public static TheoryData<string, string, string, string> BodyEndpoints => new()
    {
        { "POST", "/api/identity/register", """{"name":"Zoë","email":"media-{n}@tests.local","password":"correct horse battery"}""", "anonymous" },
        { "POST", "/api/identity/login", """{"email":"nobody-{n}@tests.local","password":"wrong password"}""", "anonymous" },
        { "POST", "/api/identity/refresh", """{"refreshToken":"not-a-token-{n}"}""", "anonymous" },
        { "POST", "/api/identity/logout", """{"refreshToken":"not-a-token-{n}"}""", "anonymous" },
        { "PUT", "/api/identity/users/{n}/roles", """{"roles":["user"]}""", "admin" },
        { "PATCH", "/api/users/{n}", """{"name":"Zoë"}""", "admin" },
        { "POST", "/api/products", """{"sku":"MEDIA-{n}","name":"Crème","price":1.5,"stock":3}""", "admin" },
        { "PATCH", "/api/products/{n}", """{"name":"Crème"}""", "admin" },
        { "POST", "/api/orders", """{"items":[{"productId":"{n}","quantity":1}]}""", "user" },
    };

    [Theory]
    [MemberData(nameof(Utf8Spellings))]
    public async Task Every_spelling_of_UTF_8_reads_the_body_as_UTF_8(string contentType)
    {
        using var client = factory.CreateClient();
        var email = $"utf8-{Guid.NewGuid():N}@tests.local";

        var response = await client.SendAsync(Request("POST", "/api/identity/register", $$"""{"name":"Zoë Ångström","email":"{{email}}","password":"correct horse battery"}""", contentType, Encoding.UTF8));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Zoë Ångström", body.RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=\"latin1\"")]
    public async Task A_charset_the_server_decodes_is_decoded(string contentType)
    {
        using var client = factory.CreateClient();
        var email = $"latin1-{Guid.NewGuid():N}@tests.local";

        var response = await client.SendAsync(Request("POST", "/api/identity/register", $$"""{"name":"Zoë","email":"{{email}}","password":"correct horse battery"}""", contentType, Encoding.Latin1));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Zoë", body.RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task Every_body_endpoint_reads_every_UTF_8_spelling_and_refuses_unreadable_charsets_and_other_media_types_with_415(string method, string path, string body, string caller)
    {
        using var client = factory.CreateClient();
        foreach (var contentType in Utf8SpellingValues)
        {
            var response = await client.SendAsync(Request(method, path, body, contentType, Encoding.UTF8, caller));
            var status = (int)response.StatusCode;
            Assert.True(status < 500 && status != 415, $"{method} {path} with '{contentType}': {status} {await response.Content.ReadAsStringAsync()}");
        }

        foreach (var contentType in UnreadableCharsetValues.Concat(OtherMediaTypeValues))
        {
            var response = await client.SendAsync(Request(method, path, body, contentType, Encoding.UTF8, caller));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        }
    }

    private static HttpRequestMessage Request(string method, string path, string body, string contentType, Encoding encoding, string caller = "anonymous")
    {
        var id = Guid.CreateVersion7();
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{n}", id.ToString(), StringComparison.Ordinal));
        var content = new ByteArrayContent(encoding.GetBytes(body.Replace("{n}", caller == "anonymous" ? id.ToString("N") : id.ToString(), StringComparison.Ordinal)));
        // Set without validation: the test sends the header exactly as written, odd spellings included.
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Content = content;
        if (caller != "anonymous")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller == "admin" ? TestTokens.Admin(Guid.CreateVersion7()) : TestTokens.For(Guid.CreateVersion7(), "media@tests.local"));
        }

        return request;
    }
}
