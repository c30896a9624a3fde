using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace Modular.Host.Platform.Observability;

/// <summary>
/// How many attribute combinations (series) each metric stream may hold before the rest are counted in its overflow
/// series (<c>otel_metric_overflow="true"</c>). The SDK's default, 2,000 for every stream, preallocates and zeroes an
/// array of that many points per stream up front: ~16 MB for the ~100 streams here, resident from start-up on
/// (docs/performance.md, "Idle resident memory"). Only the request-duration histograms carry a route and a status code
/// per series; every other instrument here has a handful of attribute values (a GC generation, a pool, a message type).
/// Source: the OpenTelemetry metrics SDK specification, "Cardinality limits".
/// </summary>
internal static class MetricCardinality
{
    /// <summary>Series per stream for the request histograms: routes × methods × status codes.</summary>
    public const int RequestSeries = 2000;

    /// <summary>Series per stream for every other instrument.</summary>
    public const int OtherSeries = 200;

    private static readonly HashSet<string> RequestInstruments = new(StringComparer.Ordinal)
    {
        "http.server.request.duration",
        "aspnetcore.routing.match_attempts",
    };

    /// <summary>The view applied to every instrument: its cardinality limit, nothing else changed.</summary>
    public static MetricStreamConfiguration Limit(Instrument instrument) => new()
    {
        CardinalityLimit = RequestInstruments.Contains(instrument.Name) ? RequestSeries : OtherSeries,
    };
}
