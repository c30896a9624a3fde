using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Shutdown;

/// <summary>Root setting <c>ShutdownTimeoutSeconds</c>: how long SIGTERM waits for in-flight requests, consumers and the outbox flush.</summary>
internal sealed class ShutdownOptions
{
    public const string Key = "ShutdownTimeoutSeconds";

    public const int DefaultTimeoutSeconds = 30;

    public const int MaximumTimeoutSeconds = 600;

    [Range(1, MaximumTimeoutSeconds)]
    public int ShutdownTimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    public TimeSpan Timeout => TimeSpan.FromSeconds(ShutdownTimeoutSeconds);

    /// <summary>
    /// Read without validation: the host's lifetime needs it while the host is built, before startup validation
    /// can report a bad value; an out-of-range value keeps the default until that validation refuses it.
    /// </summary>
    public static TimeSpan TimeoutFrom(string? configured) =>
        int.TryParse(configured, out var seconds) && seconds is >= 1 and <= MaximumTimeoutSeconds
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(DefaultTimeoutSeconds);
}
