using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Health;

/// <summary>
/// Writes a health report: overall status plus one entry per check (<c>name</c>, <c>status</c>, <c>durationMs</c>,
/// <c>description</c>). A report answered with an error status (503: a dependency does not answer) is an RFC 9457
/// problem like every non-2xx answer of the contract, carrying the same entries: <c>health</c> holds the overall status
/// there, since a problem's <c>status</c> is the HTTP status code.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1);
        var checks = report.Entries.Select(entry => new HealthCheckEntry(
            entry.Key,
            entry.Value.Status.ToString(),
            Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
            // The checks' own exception text stays in the log: it can name hosts and users.
            entry.Value.Description ?? DefaultDescription(entry.Value.Status))).ToList();
        if (context.Response.StatusCode < StatusCodes.Status400BadRequest)
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), totalDurationMs, checks }, Options));
        }

        var down = checks.Where(check => check.Status != nameof(HealthStatus.Healthy)).Select(check => check.Name).ToList();
        var problem = Problems.Create(context, context.Response.StatusCode, $"Not ready: {string.Join(", ", down)} {(down.Count == 1 ? "does" : "do")} not answer.");
        problem.Extensions["health"] = report.Status.ToString();
        problem.Extensions["totalDurationMs"] = totalDurationMs;
        problem.Extensions["checks"] = checks;
        return Problems.Result(problem).ExecuteAsync(context);
    }

    private static string DefaultDescription(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Answers",
        HealthStatus.Degraded => "Answers, degraded",
        _ => "Does not answer",
    };
}
