using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Events;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>
/// Group commit for one <see cref="IIntegrationEventBatchHandler{TEvent}"/>: events handed in while no batch runs start
/// one at once; those handed in while one runs wait and form the next. A batch is one transaction: one statement records
/// every event in the inbox (those already there are left out), the handler applies the new ones, one save, one commit.
/// A batch that fails is run again event by event, each in its own transaction, and each caller gets its own event's
/// outcome, so MassTransit retries and parks only the event that fails. One batch at a time per handler: one pooled
/// connection at most, whatever the load.
/// </summary>
internal sealed class InboxBatcher<TEvent, THandler, TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventMetrics metrics,
    TimeProvider clock,
    ILogger<InboxBatcher<TEvent, THandler, TContext>> logger)
    where TEvent : class
    where THandler : class, IIntegrationEventBatchHandler<TEvent>
    where TContext : DbContext
{
    private static readonly string ConsumerName = ConsumerNames.For(typeof(THandler));
    private static readonly string EventType = typeof(TEvent).FullName!;

    private readonly Lock _gate = new();
    private List<Entry> _waiting = [];
    private bool _running;

    /// <summary>Completes once <paramref name="integrationEvent"/> is committed (or was applied before); throws its failure.</summary>
    public Task ApplyAsync(TEvent integrationEvent, Guid eventId)
    {
        var entry = new Entry(integrationEvent, eventId, Stopwatch.GetTimestamp());
        bool start;
        lock (_gate)
        {
            _waiting.Add(entry);
            start = !_running;
            _running = true;
        }

        if (start)
        {
            _ = Task.Run(RunAsync);
        }

        return entry.Outcome.Task;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            List<Entry> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _running = false;
                    return;
                }

                batch = _waiting;
                _waiting = [];
            }

            await RunBatchAsync(batch);
        }
    }

    private async Task RunBatchAsync(List<Entry> batch)
    {
        try
        {
            var duplicates = await CommitAsync(batch);
            foreach (var entry in batch)
            {
                Complete(entry, duplicates.Contains(entry) ? "duplicate" : "succeeded", failure: null);
            }
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            InboxLog.BatchFailed(logger, ConsumerName, batch.Count, exception);
            // Event by event: the one that fails is retried and parked alone; the others go through.
            foreach (var entry in batch)
            {
                await RunBatchAsync([entry]);
            }
        }
        catch (Exception exception)
        {
            Complete(batch[0], "failed", exception);
        }
    }

    /// <summary>Runs the batch in one transaction; answers the entries that had been applied before.</summary>
    private async Task<HashSet<Entry>> CommitAsync(List<Entry> batch)
    {
        // The events are committed whatever happens to the deliveries meanwhile: a redelivery finds them in the inbox.
        var cancellationToken = CancellationToken.None;
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var recorded = await RecordAsync(context, batch, clock.GetUtcNow(), cancellationToken);
        var fresh = new List<Entry>(batch.Count);
        var duplicates = new HashSet<Entry>();
        foreach (var entry in batch)
        {
            // The same event twice in one batch (a redelivery racing its first delivery) is applied once.
            if (recorded.Remove(entry.EventId))
            {
                fresh.Add(entry);
            }
            else
            {
                duplicates.Add(entry);
                InboxLog.Duplicate(logger, ConsumerName, entry.EventId);
            }
        }

        if (fresh.Count > 0)
        {
            await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync([.. fresh.Select(entry => entry.Event)], cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return duplicates;
    }

    /// <summary>
    /// One statement for the whole batch; a concurrent duplicate blocks on the primary key until the first commits. Ids go
    /// in sorted, so two instances recording the same redelivered events take the keys in the same order.
    /// </summary>
    private static async Task<HashSet<Guid>> RecordAsync(TContext context, List<Entry> batch, DateTimeOffset processedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {InboxTable.Of(context)} (event_id, consumer, type, processed_at) " +
            "SELECT unnest(@ids), @consumer, @type, @processedAt ON CONFLICT DO NOTHING RETURNING event_id",
            (NpgsqlConnection)context.Database.GetDbConnection(),
            (NpgsqlTransaction)context.Database.CurrentTransaction!.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = batch.Select(entry => entry.EventId).Distinct().Order().ToArray() });
        command.Parameters.AddWithValue("consumer", ConsumerName);
        command.Parameters.AddWithValue("type", EventType);
        command.Parameters.AddWithValue("processedAt", NpgsqlDbType.TimestampTz, processedAt);
        var recorded = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            recorded.Add(reader.GetGuid(0));
        }

        return recorded;
    }

    private void Complete(Entry entry, string outcome, Exception? failure)
    {
        metrics.Consumed(ConsumerName, outcome, Stopwatch.GetElapsedTime(entry.Started).TotalMilliseconds);
        if (failure is null)
        {
            entry.Outcome.TrySetResult();
        }
        else
        {
            entry.Outcome.TrySetException(failure);
        }
    }

    private sealed class Entry(TEvent integrationEvent, Guid eventId, long started)
    {
        public TEvent Event { get; } = integrationEvent;

        public Guid EventId { get; } = eventId;

        public long Started { get; } = started;

        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
