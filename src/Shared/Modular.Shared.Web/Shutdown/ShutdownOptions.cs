namespace Modular.Shared.Web.Shutdown;

/// <summary>Root setting <c>ShutdownTimeoutSeconds</c>: how long SIGTERM waits for in-flight requests, consumers and the outbox flush.</summary>
public sealed class ShutdownOptions
{
    public const int DefaultTimeoutSeconds = 30;

    public int ShutdownTimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    public TimeSpan Timeout => TimeSpan.FromSeconds(ShutdownTimeoutSeconds);
}
