using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Events;
using Npgsql;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>
/// One batch of one module's outbox: locks the oldest pending rows with SKIP LOCKED (so several instances never
/// publish the same row), publishes them with broker confirms, and in the same transaction marks the confirmed rows
/// relayed and counts an attempt, with its error, on the others. Nothing is lost: a row is marked only once confirmed.
/// </summary>
internal sealed class OutboxBatch(
    ModuleOutbox outbox,
    NpgsqlDataSource dataSource,
    OutboxPublisher publisher,
    IntegrationEventMetrics metrics,
    OutboxOptions options,
    TimeProvider clock,
    ILogger logger)
{
    private readonly OutboxStore _store = new(outbox.Schema);

    /// <summary>Relays up to <see cref="OutboxOptions.BatchSize"/> rows and returns how many the batch held.</summary>
    /// <param name="cancellationToken">Abandons the batch: publishes still unconfirmed count as failed attempts.</param>
    /// <exception cref="BusNotReadyException">The bus cannot publish: nothing was locked.</exception>
    /// <exception cref="OutboxRelayException">No row of the batch went through (most likely the broker is away).</exception>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        publisher.EnsureBusReady();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await _store.LockPendingAsync(connection, transaction, options.BatchSize, options.MaxAttempts, cancellationToken);
        if (batch.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var failures = await publisher.PublishAsync(batch, options.PublishTimeout, cancellationToken);
        var published = batch.Where(message => !failures.ContainsKey(message.Id)).ToList();
        // Past the confirms, the outcome is recorded whatever happens to the caller: the broker has the messages.
        await _store.MarkProcessedAsync(connection, transaction, published.Select(message => message.Id).ToList(), clock.GetUtcNow(), CancellationToken.None);
        foreach (var (id, error) in failures)
        {
            await _store.RecordFailureAsync(connection, transaction, id, error.Message, CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        RecordOutcome(batch, published, failures);
        if (published.Count == 0)
        {
            throw new OutboxRelayException(outbox.Schema, failures.Values.First());
        }

        return batch.Count;
    }

    private void RecordOutcome(
        List<PendingOutboxMessage> batch, List<PendingOutboxMessage> published, Dictionary<Guid, Exception> failures)
    {
        var now = clock.GetUtcNow();
        foreach (var message in published)
        {
            metrics.Published(outbox.Module, (now - message.CreatedAt).TotalMilliseconds);
        }

        foreach (var message in batch.Where(message => failures.ContainsKey(message.Id)))
        {
            metrics.PublishFailed(outbox.Module);
            OutboxLog.PublishFailed(logger, outbox.Schema, message.Id, message.Type, failures[message.Id]);
        }
    }
}
