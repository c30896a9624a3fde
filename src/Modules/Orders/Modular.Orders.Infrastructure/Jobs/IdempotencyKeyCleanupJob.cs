using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Infrastructure.Jobs;

namespace Modular.Orders.Infrastructure.Jobs;

/// <summary>Forgets Idempotency-Keys once they are older than <see cref="OrdersOptions.IdempotencyKeyHours"/>.</summary>
internal sealed partial class IdempotencyKeyCleanupJob(
    IServiceScopeFactory scopes,
    OrdersOptions options,
    TimeProvider time,
    ILogger<IdempotencyKeyCleanupJob> logger) : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(10);

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
        var purged = await store.PurgeAsync(Clock.GetUtcNow().AddHours(-options.IdempotencyKeyHours), stoppingToken);
        if (purged > 0)
        {
            LogPurged(Logger, purged);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} expired Idempotency-Keys")]
    private static partial void LogPurged(ILogger logger, int count);
}
