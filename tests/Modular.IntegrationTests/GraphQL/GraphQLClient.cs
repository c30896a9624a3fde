using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Modular.Testing;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>A GraphQL-over-HTTP client as a front end would use it: POST <c>{query, variables}</c>, a bearer token, an Accept header.</summary>
internal sealed class GraphQLClient(HttpClient http)
{
    public const string Path = "/graphql";
    public const string GraphQLResponse = "application/graphql-response+json";

    public HttpClient Http => http;

    public static string AdminToken() => TestTokens.Admin(Guid.CreateVersion7());

    public static string UserToken(Guid userId) => TestTokens.For(userId, $"{userId:N}@graphql.tests");

    public Task<HttpResponseMessage> PostRawAsync(string body, string? token = null, string accept = GraphQLResponse, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public async Task<GraphQLAnswer> PostAsync(string query, object? variables = null, string? token = null, string accept = GraphQLResponse, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return await GraphQLAnswer.ReadAsync(await PostRawAsync(body, token, accept));
    }

    /// <summary>Posts and asserts a 200 answer without errors; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var answer = await PostAsync(query, variables, token);
        Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, $"Expected data without errors, got {(int)answer.Status}: {answer.Text}");
        return answer.Body.GetProperty("data");
    }

    public async Task<GraphQLAnswer> GetAsync(string query, string? variablesJson = null, string accept = GraphQLResponse)
    {
        var url = $"{Path}?query={Uri.EscapeDataString(query)}" + (variablesJson is null ? string.Empty : $"&variables={Uri.EscapeDataString(variablesJson)}");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await GraphQLAnswer.ReadAsync(await http.SendAsync(request));
    }
}
