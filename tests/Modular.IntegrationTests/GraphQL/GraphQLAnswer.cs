using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>One GraphQL-over-HTTP answer: status, media type and the JSON body.</summary>
internal sealed record GraphQLAnswer(HttpStatusCode Status, string? MediaType, string Text, JsonElement Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public bool HasErrors => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out _);

    public IReadOnlyList<JsonElement> Errors => HasErrors ? [.. Body.GetProperty("errors").EnumerateArray()] : [];

    public IReadOnlyList<string> Codes => [.. Errors.Select(error => error.GetProperty("extensions").GetProperty("code").GetString()!)];

    public JsonElement Data => Body.GetProperty("data");

    public static async Task<GraphQLAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, body, response.Headers, response.Content.Headers);
    }

    /// <summary>The only error, asserting its code and that it points at <paramref name="path"/> (a root field) when given.</summary>
    public JsonElement SingleError(string code, string? path = null)
    {
        var error = Assert.Single(Errors);
        Assert.True(code == error.GetProperty("extensions").GetProperty("code").GetString(), $"Expected {code}: {Text}");
        if (path is not null)
        {
            Assert.Equal(path, error.GetProperty("path")[0].GetString());
            Assert.Equal(JsonValueKind.Null, Data.GetProperty(path).ValueKind);
        }

        return error;
    }

    /// <summary>The <c>field</c>s of a <c>BAD_USER_INPUT</c> error's <c>extensions.errors</c>.</summary>
    public IReadOnlyList<string> InvalidFields(string? path = null) =>
        [.. SingleError("BAD_USER_INPUT", path).GetProperty("extensions").GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()!)];
}
