using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Jobs;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// The second invalidation of every key, <see cref="CachingOptions.RepeatInvalidationAfter"/> after the first. A read
/// that loaded a row before its change committed can store it after the change's invalidation; this one drops it.
/// A key invalidated again before its turn is removed once, at the later time. A repeat that cannot reach Redis is
/// made again at the next run, until Redis answers: it also carries the invalidations an outage kept from the others.
/// </summary>
internal sealed class RepeatedInvalidations(
    InvalidationRounds rounds, IOptions<CachingOptions> options, TimeProvider clock, ILogger<RepeatedInvalidations> logger)
    : PeriodicJob(clock, logger)
{
    private readonly ConcurrentDictionary<string, (long Due, bool InRedis)> _due = new(StringComparer.Ordinal);

    protected override TimeSpan Interval => options.Value.RepeatInvalidationAfter / 4;

    protected override bool RunsAtStart => true;

    /// <summary>Keys waiting for their second invalidation.</summary>
    internal int Pending => _due.Count;

    /// <summary>Schedules the second invalidation of <paramref name="keys"/> (also from Redis when <paramref name="inRedis"/>).</summary>
    internal void Schedule(IEnumerable<string> keys, bool inRedis) => Schedule(keys, inRedis, options.Value.RepeatInvalidationAfter);

    private void Schedule(IEnumerable<string> keys, bool inRedis, TimeSpan after)
    {
        var due = Clock.GetTimestamp() + (long)(after.TotalSeconds * Clock.TimestampFrequency);
        foreach (var key in keys)
        {
            _due.AddOrUpdate(key, static (_, entry) => entry, static (_, old, entry) => (entry.Due, entry.InRedis || old.InRedis), (Due: due, InRedis: inRedis));
        }
    }

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var now = Clock.GetTimestamp();
        // Removed only with the due time it was read with: a key scheduled again meanwhile waits for its later turn.
        var ready = _due.Where(entry => entry.Value.Due <= now && _due.TryRemove(entry)).ToList();
        if (ready.Count == 0)
        {
            return;
        }

        // Both join the same round (ADR 0037).
        var redisKeys = ready.Where(entry => entry.Value.InRedis).Select(entry => entry.Key).ToList();
        var memoryKeys = ready.Where(entry => !entry.Value.InRedis).Select(entry => entry.Key).ToList();
        var told = await Task.WhenAll(rounds.RemoveAsync(redisKeys, inRedis: true), rounds.RemoveAsync(memoryKeys, inRedis: false));
        if (!told[0])
        {
            Schedule(redisKeys, inRedis: true, Interval);
        }

        if (!told[1])
        {
            Schedule(memoryKeys, inRedis: false, Interval);
        }
    }
}
