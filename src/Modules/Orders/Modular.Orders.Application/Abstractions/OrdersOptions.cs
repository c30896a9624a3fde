using System.ComponentModel.DataAnnotations;

namespace Modular.Orders.Application.Abstractions;

/// <summary>Settings of section <c>Orders</c>.</summary>
internal sealed class OrdersOptions
{
    public const string SectionName = "Orders";

    /// <summary>Simulated payment step before a placed order is confirmed.</summary>
    [Range(0, 60_000)]
    public int PaymentDelayMilliseconds { get; set; }

    /// <summary>An order still pending after this long is cancelled and its stock restored.</summary>
    [Range(1, 10_080)]
    public int PendingTimeoutMinutes { get; set; } = 30;

    /// <summary>How often the pending-order timeout is checked.</summary>
    [Range(1, 3600)]
    public int PendingCheckIntervalSeconds { get; set; } = 60;

    /// <summary>How long an Idempotency-Key and its stored answer are kept.</summary>
    [Range(1, 720)]
    public int IdempotencyKeyHours { get; set; } = 24;

    /// <summary>
    /// How long a product stays in the cache at most, in seconds (changes invalidate it earlier). Products are kept in
    /// each instance's memory only (ADR 0038), where <c>Caching:MemoryDuration</c> bounds them too.
    /// </summary>
    [Range(1, 86_400)]
    public int ProductCacheSeconds { get; set; } = 300;
}
