using System.Net;
using System.Net.Http.Json;
using Modular.IntegrationTests.Platform;
using Modular.Testing;

namespace Modular.IntegrationTests.Operations;

public sealed class MetricsTests
{
    private static readonly string[] ExpectedSeries =
    [
        "http_server_request_duration_seconds_bucket",
        "dotnet_gc_collections_total",
        "db_client_operation_duration_seconds",
        "microsoft_entityframeworkcore_",
        "messaging_masstransit_",
        "modular_outbox_",
    ];

    [Fact]
    public async Task Metrics_are_prometheus_text_with_request_durations_by_route_and_status_and_runtime_database_bus_and_outbox_series()
    {
        // A host process of its own: in-process test hosts share meter names, and one disposing its meters would hide series here.
        await using var host = HostProcess.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        await client.GetAsync("/health/live");
        await client.GetAsync("/api/metrics-tests/unknown");
        // A registration goes through the outbox to the bus: publish and consume series appear.
        var registration = await client.PostAsJsonAsync(
            "/api/identity/register", new { name = "Metrics", email = $"metrics-{Guid.NewGuid():N}@tests.local", password = "metrics-password" });
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);

        var text = await Eventually.Until(
            () => client.GetStringAsync("/metrics"),
            body => ExpectedSeries.All(body.Contains),
            TimeSpan.FromSeconds(30),
            "every expected series on /metrics");

        var lines = text.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("http_route=\"/health/live\"", StringComparison.Ordinal)
            && line.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("http_response_status_code=\"404\"", StringComparison.Ordinal));
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        // The cardinality view (MetricCardinality) sets only a limit: the buckets stay those ASP.NET Core advises, in seconds.
        Assert.Contains(lines, line => line.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal)
            && line.Contains("le=\"0.005\"", StringComparison.Ordinal));

        var response = await client.GetAsync("/metrics");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}
