using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Modular.Host.Platform.Authentication.Refusal;

namespace Modular.Host.Platform.Health;

internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>A probe is a read: other methods are 405 (HEAD is GET's, see HeadRequestMiddleware).</summary>
    internal static HttpMethodMetadata GetOnly { get; } = new([HttpMethods.Get]);

    /// <summary>
    /// <c>/health/live</c>: the process runs. <c>/health/ready</c>: every dependency answers (else 503). Whatever
    /// credentials a probe carries, they are ignored (<see cref="CredentialsIgnored"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapModularHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).WithMetadata(GetOnly, CredentialsIgnored.Instance);
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(GetOnly, CredentialsIgnored.Instance);
        return endpoints;
    }
}
