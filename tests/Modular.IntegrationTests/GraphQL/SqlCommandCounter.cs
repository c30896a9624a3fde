using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// Counts the SQL commands one HTTP request runs: the request carries a trace id of its own (<c>traceparent</c>), and
/// Npgsql's command activities inherit it, whatever other tests run in the same process meanwhile.
/// </summary>
internal sealed class SqlCommandCounter : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, int> _commands = new();
    private readonly ActivityListener _listener;

    public SqlCommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql")
                {
                    _commands.AddOrUpdate(activity.TraceId, 1, (_, count) => count + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Posts a GraphQL document under a fresh trace id and answers the SQL commands it ran, with the answer.</summary>
    public async Task<(int Commands, GraphQLAnswer Answer)> PostAsync(HttpClient http, string query, string token)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var answer = await GraphQLAnswer.ReadAsync(await http.SendAsync(request));
        return (_commands.GetValueOrDefault(traceId), answer);
    }

    public void Dispose() => _listener.Dispose();
}
