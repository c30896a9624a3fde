using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Jobs;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// Subscribes <see cref="CacheInvalidationChannel"/> at start, and again every second until it succeeds when Redis is
/// away at start. Once subscribed, StackExchange.Redis restores the subscription after every reconnection by itself.
/// </summary>
internal sealed class CacheInvalidationSubscription(CacheInvalidationChannel channel, TimeProvider clock, ILogger<CacheInvalidationSubscription> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        if (!channel.IsSubscribed)
        {
            await channel.SubscribeAsync();
        }
    }

    // Redis away at start is an outage the platform reports (health, logs) already: one line, not one per second.
    protected override void OnFailed(Exception exception, int failuresInARow)
    {
        if (failuresInARow == 1)
        {
            CacheInvalidationLog.NotListening(Logger, exception.Message);
        }
    }
}
