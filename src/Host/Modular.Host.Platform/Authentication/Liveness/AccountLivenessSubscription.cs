using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>
/// Listens to <see cref="AccountStateKeys.Changes"/> so that a change Identity announces is felt at once on this
/// process, and forgets every answer when the Redis connection comes back (announcements made meanwhile are lost).
/// Subscribing is retried until it succeeds; until then answers simply age out every few seconds.
/// </summary>
internal sealed class AccountLivenessSubscription(
    IConnectionMultiplexer redis,
    RedisAccountLiveness liveness,
    TimeProvider clock,
    ILogger<AccountLivenessSubscription> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += (_, _) => liveness.Forget(null);
        while (true)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(AccountStateKeys.Changes, (_, message) =>
                    liveness.Forget(Guid.TryParse(message.ToString(), out var userId) ? userId : null));
                LivenessLog.Subscribed(logger);
                return;
            }
            catch (Exception exception) when (RedisOutage.Is(exception, stoppingToken))
            {
                LivenessLog.SubscribeFailed(logger, exception);
            }

            await Task.Delay(RetryDelay, clock, stoppingToken);
        }
    }
}
