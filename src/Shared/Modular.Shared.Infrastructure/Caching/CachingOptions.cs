using System.ComponentModel.DataAnnotations;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>Settings of section <c>Caching</c>: how the one cache of the process keeps and drops entries (ADR 0024).</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>
    /// How long an entry stays in an instance's memory before it is read again from Redis. Invalidations are
    /// acknowledged by every instance before a change answers (ADR 0030); this bounds only what a stalled instance,
    /// which did not acknowledge in time, can serve.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MemoryDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Every invalidation is made again this long after the first: a read that loaded the old row just before the change
    /// committed, and stored it just after the first invalidation, is dropped then. Bounds that race.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan RepeatInvalidationAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait of a writer for the other instances to acknowledge an invalidation (ADR 0030). Only an instance
    /// that is alive but stalled makes a writer wait this long; one that stopped is no longer subscribed and not waited for.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan AcknowledgementTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for Redis on a read or write of the cache; past it the cache is skipped (the database answers).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
}
