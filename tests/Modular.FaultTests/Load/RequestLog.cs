using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Modular.FaultTests.Harness;

namespace Modular.FaultTests.Load;

/// <summary>Sends the load's requests and records every one of them, answered or not.</summary>
internal sealed class RequestLog(ScenarioClock clock)
{
    private readonly ConcurrentQueue<RequestRecord> _records = new();

    public IReadOnlyList<RequestRecord> Records => [.. _records];

    public double Now => clock.Now;

    public async Task<(int Status, JsonElement? Body)> SendAsync(HttpClient http, string operation, HttpRequestMessage request)
    {
        var startedAt = clock.Now;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var content = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            _records.Enqueue(new RequestRecord(
                operation,
                startedAt,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                status,
                mediaType == "application/problem+json",
                response.Headers.RetryAfter is not null,
                status >= 500 ? Truncate(content) : null));
            JsonElement? body = response.IsSuccessStatusCode && mediaType == "application/json" && content.Length > 0
                ? JsonDocument.Parse(content).RootElement.Clone()
                : null;
            return (status, body);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            _records.Enqueue(new RequestRecord(
                operation, startedAt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, -1, false, false, Truncate(exception.GetBaseException().Message)));
            return (-1, null);
        }
        finally
        {
            request.Dispose();
        }
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
