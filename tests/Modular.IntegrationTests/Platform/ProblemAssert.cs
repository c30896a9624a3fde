using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Contract;

namespace Modular.IntegrationTests.Platform;

internal static class ProblemAssert
{
    /// <summary>Asserts the contract's problem+json shape and status, and returns the parsed body.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Equal($"https://httpstatuses.io/{(int)status}", body.GetProperty("type").GetString());
        Assert.Equal(ContractProblemTitles.For((int)status), body.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        return body;
    }

    public static IReadOnlyList<string> Fields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()!)];
}
