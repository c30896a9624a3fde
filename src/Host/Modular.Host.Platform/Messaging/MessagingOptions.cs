using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Messaging;

internal sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Messages RabbitMQ hands to each queue's consumer ahead of acknowledgement.</summary>
    [Range(1, 10_000)]
    public ushort PrefetchCount { get; set; } = 32;

    /// <summary>Messages of one queue handled at the same time (each in its own transaction).</summary>
    [Range(1, 1_000)]
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>
    /// Most events one transaction of a batch handler applies: the concurrent message limit of its queue, whose deliveries
    /// wait for their batch (one connection per queue whatever the load). At most <see cref="PrefetchCount"/> are at hand.
    /// </summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// In-process retries of a message that fails for another reason than a dependency outage, before it is parked in
    /// the queue's <c>_error</c> queue.
    /// </summary>
    [Range(0, 100)]
    public int RetryLimit { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// In-process retries of a message whose handling met a dependency outage (PostgreSQL, Redis or RabbitMQ away, as
    /// <c>DependencyOutage</c> tells): with the default interval cap, about an hour of outage before the message is
    /// parked. An outage is not the message's fault; parking it would leave, for instance, its order pending for good.
    /// </summary>
    [Range(0, 100_000)]
    public int OutageRetryLimit { get; set; } = 720;

    /// <summary>Longest wait between two retries of a message during an outage: how soon after the dependency returns it is handled.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan OutageRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Redeliver later through the broker after in-process retries. Needs RabbitMQ's delayed-message-exchange
    /// plugin, which the local (apt) broker does not have: off by default.
    /// </summary>
    public bool UseDelayedRedelivery { get; set; }

    /// <summary>
    /// Off: this instance relays its outbox but consumes no queue (an API-only instance, or one whose dependencies a
    /// consumer needs are known to be away). On by default.
    /// </summary>
    public bool ConsumeEvents { get; set; } = true;

    /// <summary>Block host start until the broker connection is up. Off: the host serves (not ready) while the broker is away.</summary>
    public bool WaitUntilStarted { get; set; }
}
