using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders.ExpirePendingOrders;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Infrastructure.Jobs;

namespace Modular.Orders.Infrastructure.Jobs;

/// <summary>Cancels orders left pending longer than <see cref="OrdersOptions.PendingTimeoutMinutes"/>, restoring their stock.</summary>
internal sealed partial class PendingOrderTimeoutJob(
    IServiceScopeFactory scopes,
    OrdersOptions options,
    TimeProvider time,
    ILogger<PendingOrderTimeoutJob> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.PendingCheckIntervalSeconds);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
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
                LogCancelled(Logger, cancelled, options.PendingTimeoutMinutes);
            }
        }
        while (cancelled == BatchSize);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled {Count} orders pending for more than {Minutes} minutes")]
    private static partial void LogCancelled(ILogger logger, int count, int minutes);
}
