using System.Text.Json;

namespace Modular.FaultTests.Harness;

/// <summary>What the host's log says about a fault: the operator reads it during the outage.</summary>
internal static class LogInvariants
{
    /// <summary>
    /// Libraries that log a failure their caller handles as an Error with a stack (EF Core's failed query, command or
    /// connection; the health-check service's failed check, once per probe) flooded the log of an outage with stacks,
    /// where the platform logs one warning (ADR 0019). None of their Error lines may appear.
    /// </summary>
    private static readonly string[] QuietLibraries = ["Microsoft.EntityFrameworkCore", "Microsoft.Extensions.Diagnostics.HealthChecks"];

    public static Check OutageLoggedWithoutLibraryErrors(ScenarioEvidence evidence)
    {
        var loud = new List<string>();
        foreach (var line in evidence.HostLog)
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            var level = root.TryGetProperty("LogLevel", out var value) ? value.GetString() : null;
            var category = root.TryGetProperty("Category", out var name) ? name.GetString() ?? string.Empty : string.Empty;
            if (level is "Error" or "Critical" && QuietLibraries.Any(library => category.StartsWith(library, StringComparison.Ordinal)))
            {
                loud.Add($"{category}: {(root.TryGetProperty("Message", out var message) ? message.GetString() : null)}");
            }
        }

        return new Check(
            "no Error line of EF Core or the health checks (the platform logs an outage once, as a warning)",
            loud.Count == 0,
            loud.Count == 0 ? $"{evidence.HostLog.Count} log lines" : $"{loud.Count} lines, e.g. {string.Join("; ", loud.Take(3))}");
    }
}
