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
    private readonly ConcurrentDictionary<string, long> _due = new(StringComparer.Ordinal);

    protected override TimeSpan Interval => options.Value.RepeatInvalidationAfter / 4;

    protected override bool RunsAtStart => true;

    /// <summary>Keys waiting for their second invalidation.</summary>
    internal int Pending => _due.Count;

    internal void Schedule(IEnumerable<string> keys) => Schedule(keys, options.Value.RepeatInvalidationAfter);

    private void Schedule(IEnumerable<string> keys, TimeSpan after)
    {
        var due = Clock.GetTimestamp() + (long)(after.TotalSeconds * Clock.TimestampFrequency);
        foreach (var key in keys)
        {
            _due[key] = due;
        }
    }

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var now = Clock.GetTimestamp();
        // Removed only with the due time it was read with: a key scheduled again meanwhile waits for its later turn.
        var ready = _due.Where(entry => entry.Value <= now && _due.TryRemove(entry)).Select(entry => entry.Key).ToList();
        if (ready.Count > 0 && !await rounds.RemoveAsync(ready))
        {
            Schedule(ready, Interval);
        }
    }
}
