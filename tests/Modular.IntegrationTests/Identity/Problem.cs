using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Contract;

namespace Modular.IntegrationTests.Identity;

internal static class Problem
{
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await IdentityClient.JsonAsync(response);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Equal(ContractProblemTitles.For((int)status), body.GetProperty("title").GetString());
        return body;
    }

    public static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        await AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }

    public static List<(string Field, string Message)> Errors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(error => (error.GetProperty("field").GetString()!, error.GetProperty("message").GetString()!))];
}
