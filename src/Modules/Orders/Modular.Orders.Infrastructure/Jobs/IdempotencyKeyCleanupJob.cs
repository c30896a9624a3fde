using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.Infrastructure.Jobs;

/// <summary>Forgets Idempotency-Keys once they are older than <see cref="OrdersOptions.IdempotencyKeyHours"/>.</summary>
internal sealed partial class IdempotencyKeyCleanupJob(
    IServiceScopeFactory scopes,
    OrdersOptions options,
    TimeProvider time,
    ILogger<IdempotencyKeyCleanupJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
                var purged = await store.PurgeAsync(time.GetUtcNow().AddHours(-options.IdempotencyKeyHours), stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception);
            }
        }
        while (await Wait(timer, stoppingToken));
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} expired Idempotency-Keys")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired Idempotency-Keys failed; trying again later")]
    private partial void LogFailed(Exception exception);
}
