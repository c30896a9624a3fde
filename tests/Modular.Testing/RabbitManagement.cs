using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Testing;

/// <summary>RabbitMQ's management HTTP API: looks at the broker the way an outside consumer would.</summary>
public sealed class RabbitManagement : IDisposable
{
    private readonly HttpClient _http;

    public RabbitManagement()
    {
        _http = new HttpClient { BaseAddress = TestEnvironment.RabbitManagement };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestEnvironment.RabbitManagementUser}:{TestEnvironment.RabbitManagementPassword}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
    }

    public async Task<List<(string Name, string Type, bool Durable)>> ExchangesAsync()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("api/exchanges/%2F"));
        return document.RootElement.EnumerateArray()
            .Select(exchange => (exchange.GetProperty("name").GetString()!, exchange.GetProperty("type").GetString()!, exchange.GetProperty("durable").GetBoolean()))
            .ToList();
    }

    /// <summary>Declares a queue of the test's own and binds it to an exchange, as any RabbitMQ client may.</summary>
    public async Task BindQueueAsync(string queue, string exchange)
    {
        // Declared with MassTransit's own arguments, so whichever side comes first, the other agrees.
        (await _http.PutAsJsonAsync($"api/exchanges/%2F/{exchange}", new { type = "fanout", durable = true, auto_delete = false })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"api/queues/%2F/{queue}", new { durable = false, auto_delete = false })).EnsureSuccessStatusCode();
        (await _http.PostAsJsonAsync($"api/bindings/%2F/e/{exchange}/q/{queue}", new { })).EnsureSuccessStatusCode();
    }

    public async Task DeleteQueueAsync(string queue) => await _http.DeleteAsync($"api/queues/%2F/{queue}");

    /// <summary>Takes up to <paramref name="count"/> messages off a queue; returns each MassTransit envelope.</summary>
    public async Task<List<JsonElement>> TakeAsync(string queue, int count)
    {
        var response = await _http.PostAsJsonAsync(
            $"api/queues/%2F/{queue}/get",
            new { count, ackmode = "ack_requeue_false", encoding = "auto", truncate = 1_000_000 });
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.EnumerateArray()
            .Select(message => JsonDocument.Parse(message.GetProperty("payload").GetString()!).RootElement.Clone())
            .ToList();
    }

    public void Dispose() => _http.Dispose();
}
