using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Operations;

[Collection(ApiCollection.Name)]
public sealed class MetricsTests(ModularApiFactory factory)
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
        using var client = factory.CreateClient();
        await Eventually.Until(() => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "readiness");
        await client.GetAsync("/health/live");
        await client.GetAsync("/api/metrics-tests/unknown");
        await factory.Services.GetRequiredService<IBus>().Publish(new MetricsProbe(Guid.NewGuid()));

        var text = await Eventually.Until(
            () => client.GetStringAsync("/metrics"),
            body => ExpectedSeries.All(body.Contains),
            TimeSpan.FromSeconds(20),
            "every expected series on /metrics");

        var lines = text.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("http_route=\"/health/live\"", StringComparison.Ordinal)
            && line.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("http_response_status_code=\"404\"", StringComparison.Ordinal));
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);

        var response = await client.GetAsync("/metrics");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}
