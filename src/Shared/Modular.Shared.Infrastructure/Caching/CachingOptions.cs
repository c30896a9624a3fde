using System.ComponentModel.DataAnnotations;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>Settings of section <c>Caching</c>: how the one cache of the process keeps and drops entries (ADR 0024).</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>
    /// How long an entry stays in an instance's memory before it is read again from Redis. It bounds how stale an
    /// instance can be when an invalidation cannot reach it (Redis away); invalidations normally arrive in milliseconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MemoryDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Every invalidation is made again this long after the first: a read that loaded the old row just before the change
    /// committed, and stored it just after the first invalidation, is dropped then. Bounds that race.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan RepeatInvalidationAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for Redis on a read or write of the cache; past it the cache is skipped (the database answers).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
}
