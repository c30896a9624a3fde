using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Inbox;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// Relays one module's outbox to RabbitMQ: wakes on NOTIFY (or polls), locks pending rows with SKIP LOCKED so
/// several instances never publish the same row, publishes in order, marks them, and backs off while the broker
/// is away. Nothing is lost: a row is marked only after the broker confirmed it.
/// </summary>
internal sealed class OutboxRelay : BackgroundService
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly OutboxPublisher _publisher;
    private readonly OutboxMetrics _metrics;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OutboxRelay> _logger;
    private readonly ModuleDatabase _module;
    private readonly OutboxStore _store;
    private readonly InboxStore _inbox;
    private readonly OutboxWakeUpListener _listener;
    private DateTimeOffset _nextCleanup;
    private DateTimeOffset _nextBacklogReading;

    public OutboxRelay(
        ModuleDatabase module,
        NpgsqlDataSource dataSource,
        OutboxPublisher publisher,
        OutboxMetrics metrics,
        IOptions<OutboxOptions> options,
        TimeProvider clock,
        ILogger<OutboxRelay> logger)
    {
        _module = module;
        _dataSource = dataSource;
        _publisher = publisher;
        _metrics = metrics;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _store = new OutboxStore(module.Schema);
        _inbox = new InboxStore(module.Schema);
        _listener = new OutboxWakeUpListener(dataSource, module.Schema, logger);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The bus is still running (relays stop before it): hand over what the last requests committed.
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        flush.CancelAfter(_options.FlushOnShutdownTimeout);
        try
        {
            var relayed = await RelayPendingAsync(flush.Token);
            OutboxLog.Flushed(_logger, _module.Schema, relayed);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            OutboxLog.FlushFailed(_logger, _module.Schema, exception);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = _listener.ListenAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RelayPendingAsync(stoppingToken);
                await PublishBacklogAsync(stoppingToken);
                await PurgeIfDueAsync(stoppingToken);
                failures = 0;
                await _listener.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                failures++;
                _metrics.RelayFailed(_module.Module);
                OutboxLog.RelayFailed(_logger, _module.Schema, failures, exception);
                await Backoff.DelayAsync(failures, _options.MaxBackoff, stoppingToken);
            }
        }

        await listening;
    }

    private async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int relayed;
        do
        {
            relayed = await RelayBatchAsync(cancellationToken);
            total += relayed;
        }
        while (relayed == _options.BatchSize && !cancellationToken.IsCancellationRequested);

        return total;
    }

    private async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        _publisher.EnsureBusReady(_module.Schema);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await _store.LockPendingAsync(connection, transaction, _options.BatchSize, _options.MaxAttempts, cancellationToken);
        if (batch.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var failures = await _publisher.PublishAsync(batch, _options.PublishTimeout, cancellationToken);
        var published = batch.Where(message => !failures.ContainsKey(message.Id)).ToList();
        await _store.MarkProcessedAsync(connection, transaction, published.Select(message => message.Id).ToList(), CancellationToken.None);
        foreach (var (id, error) in failures)
        {
            await _store.RecordFailureAsync(connection, transaction, id, error.Message, CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        RecordMetrics(batch, published, failures);

        if (published.Count == 0)
        {
            // Nothing went through: most likely the broker is away. Let the caller back off.
            throw new OutboxRelayException(_module.Schema, failures.Values.First());
        }

        return batch.Count;
    }

    private void RecordMetrics(
        List<PendingOutboxMessage> batch, List<PendingOutboxMessage> published, Dictionary<Guid, Exception> failures)
    {
        var now = _clock.GetUtcNow();
        foreach (var message in published)
        {
            _metrics.Published(_module.Module, (now - message.CreatedAt).TotalMilliseconds);
        }

        foreach (var message in batch.Where(message => failures.ContainsKey(message.Id)))
        {
            _metrics.PublishFailed(_module.Module);
            OutboxLog.PublishFailed(_logger, _module.Schema, message.Id, message.Type, failures[message.Id]);
        }
    }

    private async Task PublishBacklogAsync(CancellationToken cancellationToken)
    {
        // Wake-ups can come thousands of times a second under load; the gauge needs far fewer readings.
        var now = _clock.GetUtcNow();
        if (now < _nextBacklogReading)
        {
            return;
        }

        _nextBacklogReading = now + TimeSpan.FromSeconds(2);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        _metrics.Backlog(_module.Module, await _store.CountPendingAsync(connection, cancellationToken));
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + _options.CleanupInterval;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var purged = await _store.PurgeProcessedAsync(connection, _options.Retention, cancellationToken)
            + await _inbox.PurgeAsync(connection, _options.InboxRetention, cancellationToken);
        if (purged > 0)
        {
            OutboxLog.Purged(_logger, _module.Schema, purged);
        }
    }
}
