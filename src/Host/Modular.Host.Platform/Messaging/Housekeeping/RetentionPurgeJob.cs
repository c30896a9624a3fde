using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Messaging.Relay;
using Modular.Shared.Infrastructure.Jobs;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Host.Platform.Messaging.Housekeeping;

/// <summary>
/// Every <see cref="OutboxOptions.CleanupInterval"/>, deletes in every module the outbox rows relayed longer ago than
/// <see cref="OutboxOptions.Retention"/> and the inbox rows applied longer ago than <see cref="OutboxOptions.InboxRetention"/>.
/// Safe on several instances at once: a delete is idempotent.
/// </summary>
internal sealed class RetentionPurgeJob(
    IEnumerable<ModuleDatabase> modules,
    NpgsqlDataSource dataSource,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<RetentionPurgeJob> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.CleanupInterval;

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        foreach (var module in modules)
        {
            var outbox = await new OutboxStore(module.Schema).PurgeProcessedAsync(connection, options.Value.Retention, stoppingToken);
            var inbox = await new InboxStore(module.Schema).PurgeAsync(connection, options.Value.InboxRetention, stoppingToken);
            if (outbox + inbox > 0)
            {
                HousekeepingLog.Purged(Logger, module.Module, outbox, inbox);
            }
        }
    }
}
