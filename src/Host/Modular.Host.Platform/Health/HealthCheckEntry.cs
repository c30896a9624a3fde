namespace Modular.Host.Platform.Health;

/// <summary>One check of a health report: its name, status (<c>Healthy</c>, <c>Degraded</c>, <c>Unhealthy</c>), duration in milliseconds and description.</summary>
internal sealed record HealthCheckEntry(string Name, string Status, double DurationMs, string Description);
