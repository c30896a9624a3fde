using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Events;
using Modular.Shared.Infrastructure.Jobs;
using Modular.Shared.Infrastructure.Outbox;
using Npgsql;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>
/// Relays one module's outbox to RabbitMQ until the host stops: batch after batch at start, then again whenever rows
/// commit in this process (<see cref="OutboxCommitSignal"/>, in memory), and every <see cref="OutboxOptions.PollInterval"/>
/// for rows no wake-up announced (written by another process that died before relaying them), backing off while batches
/// fail. On shutdown it hands over what the last requests committed, while the bus still runs.
/// A stop ends the relay between batches, never inside one: a batch's messages are already on the wire, and cancelling
/// the wait for their confirms would record delivered messages as failed and publish them again in the flush. Only the
/// host's stop budget running out (<c>ShutdownTimeoutSeconds</c>) abandons a batch (ADR 0040).
/// </summary>
internal sealed class OutboxRelay : PeriodicJob
{
    private readonly ModuleOutbox _outbox;
    private readonly OutboxOptions _options;
    private readonly OutboxBatch _batch;
    private readonly OutboxWakeUp _wakeUp = new();
    private readonly OutboxCommitSignal _commits;
    private readonly BrokerWait _brokerWait;
    private readonly IntegrationEventMetrics _metrics;
    private readonly CancellationTokenSource _budgetSpent = new();

    public OutboxRelay(
        ModuleOutbox outbox,
        NpgsqlDataSource dataSource,
        OutboxPublisher publisher,
        IntegrationEventMetrics metrics,
        IOptions<OutboxOptions> options,
        OutboxCommitSignal commits,
        TimeProvider clock,
        ILogger<OutboxRelay> logger)
        : base(clock, logger)
    {
        _outbox = outbox;
        _options = options.Value;
        _metrics = metrics;
        _commits = commits;
        _batch = new OutboxBatch(outbox, dataSource, publisher, metrics, _options, clock, logger);
        _brokerWait = new BrokerWait(outbox.Schema, publisher.Broker, clock, logger);
    }

    protected override TimeSpan Interval => _options.PollInterval;

    protected override bool RunsAtStart => true;

    /// <param name="cancellationToken">The host's stop budget: when it fires, a batch still waiting for confirms is abandoned.</param>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            // The base stops waiting for the run when the budget is spent: a batch still in flight is abandoned now. (Not a
            // registration on the token: the base's wait can resume inline in the token's callbacks and dispose ours unrun.)
            await _budgetSpent.CancelAsync();
        }

        // Relays stop before the bus (they are registered after it): hand over what the last requests committed.
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        flush.CancelAfter(_options.FlushOnShutdownTimeout);
        try
        {
            var relayed = await RelayPendingAsync(flush.Token, cancellationToken);
            OutboxLog.Flushed(Logger, _outbox.Schema, relayed);
        }
        catch (BusNotReadyException notReady)
        {
            // Expected while the broker is down or the bus never finished starting: nothing was read from the outbox.
            OutboxLog.FlushSkipped(Logger, _outbox.Schema, notReady.Status);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            OutboxLog.FlushFailed(Logger, _outbox.Schema, exception);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribed before the first run: what commits from then on is seen by that run or wakes the next.
        using var subscription = _commits.Subscribe(_outbox.Schema, _wakeUp.Wake);
        await base.ExecuteAsync(stoppingToken);
    }

    public override void Dispose()
    {
        _budgetSpent.Dispose();
        base.Dispose();
    }

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        await RelayPendingAsync(stoppingToken, _budgetSpent.Token);
        _brokerWait.Ready();
    }

    protected override Task WaitForNextRunAsync(int failuresInARow, CancellationToken stoppingToken) =>
        failuresInARow == 0
            ? _wakeUp.WaitAsync(_options.PollInterval, stoppingToken)
            : Task.Delay(Backoff.For(failuresInARow, _options.MaxBackoff), Clock, stoppingToken);

    protected override void OnFailed(Exception exception, int failuresInARow)
    {
        _metrics.RelayFailed(_outbox.Module);
        if (exception is BusNotReadyException notReady)
        {
            // Every start waits for the bus a moment: that is no failure worth a warning, unless it lasts.
            _brokerWait.NotReady(notReady.Status);
        }
        else
        {
            OutboxLog.RelayFailed(Logger, _outbox.Schema, failuresInARow, exception);
        }
    }

    /// <param name="stop">Ends the relay before its next batch.</param>
    /// <param name="abandon">Abandons the batch in flight.</param>
    private async Task<int> RelayPendingAsync(CancellationToken stop, CancellationToken abandon)
    {
        var total = 0;
        while (!stop.IsCancellationRequested)
        {
            var relayed = await _batch.RelayAsync(abandon);
            total += relayed;
            if (relayed < _options.BatchSize)
            {
                break;
            }
        }

        return total;
    }
}
