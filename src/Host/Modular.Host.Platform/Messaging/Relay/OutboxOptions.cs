using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Messaging.Relay;

internal sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How often each relay looks for rows no wake-up announced: a commit in this process wakes its relay at once, so the
    /// poll finds only rows whose writer died before relaying them (or a writer of another release). It bounds how late
    /// those are published; every relay of every instance polls, one short query per module.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between attempts while the broker is unreachable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A row that failed this many times is left for an operator and no longer retried.</summary>
    [Range(1, 1_000_000)]
    public int MaxAttempts { get; set; } = 50;

    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the module's inbox remembers an applied event id (duplicate detection window).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a stopping host keeps starting batches of what is pending. A batch started is finished (its confirms
    /// awaited within <see cref="PublishTimeout"/>) unless the host's whole stop budget runs out first.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FlushOnShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
