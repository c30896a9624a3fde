using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders.ExpirePendingOrders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Infrastructure.Jobs;

/// <summary>Cancels orders left pending longer than <see cref="OrdersOptions.PendingTimeoutMinutes"/>, restoring their stock.</summary>
internal sealed partial class PendingOrderTimeoutJob(
    IServiceScopeFactory scopes,
    OrdersOptions options,
    TimeProvider time,
    ILogger<PendingOrderTimeoutJob> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PendingCheckIntervalSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            int cancelled;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<ICommandHandler<ExpirePendingOrdersCommand, int>>();
                var result = await handler.HandleAsync(new ExpirePendingOrdersCommand(BatchSize), stoppingToken);
                cancelled = result.IsSuccess ? result.Value : 0;
                if (cancelled > 0)
                {
                    LogCancelled(cancelled, options.PendingTimeoutMinutes);
                }
            }
            while (cancelled == BatchSize);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled {Count} orders pending for more than {Minutes} minutes")]
    private partial void LogCancelled(int count, int minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancelling timed-out pending orders failed; trying again at the next tick")]
    private partial void LogFailed(Exception exception);
}
