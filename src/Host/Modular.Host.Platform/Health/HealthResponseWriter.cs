using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Modular.Host.Platform.Health;

/// <summary>Writes a health report as JSON: overall status plus one entry per check, with its duration.</summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                // The checks' own exception text stays in the log: it can name hosts and users.
                description = entry.Value.Description ?? DefaultDescription(entry.Value.Status),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Options));
    }

    private static string DefaultDescription(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Answers",
        HealthStatus.Degraded => "Answers, degraded",
        _ => "Does not answer",
    };
}
