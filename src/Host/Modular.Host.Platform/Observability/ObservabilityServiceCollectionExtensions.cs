using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Events;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Modular.Host.Platform.Observability;

internal static class ObservabilityServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "Otlp:Endpoint";

    /// <summary>Meters exported on /metrics besides ASP.NET Core, the runtime and Npgsql.</summary>
    internal static readonly string[] Meters = ["Microsoft.EntityFrameworkCore", "MassTransit", IntegrationEventMetrics.MeterName];

    /// <summary>Activity sources traced besides ASP.NET Core and Npgsql.</summary>
    internal static readonly string[] Sources = ["MassTransit"];

    /// <summary>
    /// OpenTelemetry metrics for the Prometheus scrape at <c>/metrics</c>, and traces over OTLP when <c>Otlp:Endpoint</c>
    /// is set (off by default: a trace pipeline with nowhere to go only costs).
    /// </summary>
    public static IServiceCollection AddModularObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var otlpEndpoint = OtlpEndpoint(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("modular"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(Meters)
                .AddView(MetricCardinality.Limit)
                .AddPrometheusExporter());

        if (otlpEndpoint is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsOperationsPath(context.Request.Path))
                .AddNpgsql()
                .AddSource(Sources)
                .AddOtlpExporter(options => options.Endpoint = otlpEndpoint));
        }

        return services;
    }

    // Scrapes and probes every few seconds would drown the traces of real requests.
    private static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");

    private static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{OtlpEndpointKey} must be an absolute http(s) URL (e.g. http://127.0.0.1:4317); got '{value}'.");
    }
}
