using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Modular.Host.Platform.Health;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.Observability;

internal static class ObservabilityApplicationExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary><c>/metrics</c>: the Prometheus text exposition of every meter registered in AddModularObservability.</summary>
    public static IEndpointRouteBuilder MapModularMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).WithMetadata(HealthEndpoints.GetOnly, ThirdPartyEndpoint.Instance);
        return endpoints;
    }
}
