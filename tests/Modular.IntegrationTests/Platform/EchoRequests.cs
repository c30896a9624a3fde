using System.Text;
using System.Text.Json;

namespace Modular.IntegrationTests.Platform;

internal static class EchoRequests
{
    public static async Task<HttpResponseMessage> PostJsonTextAsync(this HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync("/test/echo", content);
    }

    public static async Task<string?> EchoedNameAsync(this HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("name").GetString();
    }
}
