using Microsoft.Extensions.Logging;
using Modular.Host.Platform.Messaging.Relay;
using Modular.Shared.Infrastructure.Events;
using Modular.Shared.Infrastructure.Jobs;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Host.Platform.Messaging.Housekeeping;

/// <summary>
/// Reads how many rows wait in every module's outbox into the <c>modular.outbox.backlog</c> gauge. One count over the
/// partial index of pending rows per module every 2 s: fresh enough for any scrape interval, and cheap.
/// </summary>
internal sealed class OutboxBacklogJob(
    IEnumerable<ModuleDatabase> modules,
    NpgsqlDataSource dataSource,
    IntegrationEventMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxBacklogJob> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(2);

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        foreach (var module in modules)
        {
            metrics.Backlog(module.Module, await new OutboxStore(module.Schema).CountPendingAsync(connection, stoppingToken));
        }
    }
}
