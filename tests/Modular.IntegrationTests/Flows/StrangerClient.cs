using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Modular.IntegrationTests.Flows;

/// <summary>Drives the API the way an outside client would: only paths, JSON bodies and status codes from the contract.</summary>
internal sealed class StrangerClient(HttpClient http)
{
    public const string Password = "correct-horse-battery";

    public HttpClient Http => http;

    public static string UniqueEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@flows.test";

    public async Task<Guid> RegisterAsync(string email, string name = "Flow User", string password = Password)
    {
        var response = await http.PostAsJsonAsync("/api/identity/register", new { name, email, password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        http.PostAsJsonAsync("/api/identity/login", new { email, password });

    public async Task<Session> LoginOkAsync(string email, string password = Password)
    {
        var response = await LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        return new Session(body["user"]!["id"]!.GetValue<Guid>(), body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return http.SendAsync(request);
    }

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new JsonException($"Empty body with status {(int)response.StatusCode}");
    }
}
