using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Events;
using Modular.Shared.Infrastructure.Lifetime;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>
/// Group commit for one handler's <see cref="IIntegrationEventBatchHandler{TEvent}"/> implementations (one or several event
/// types on its one queue): events handed in while no batch runs start one at once; those handed in while one runs wait
/// and form the next. A batch is one transaction: one statement records every event in the inbox (those already there
/// are left out), the handler gets the new ones (one call per event type, each in arrival order, then
/// <see cref="IIntegrationEventBatchCompletion.CompleteBatchAsync"/> when it acts on the batch as a whole), one save, one
/// commit. Arrival order is only the order in which MassTransit's concurrent deliveries reached this batcher, not the
/// queue's: a handler that needs an order keeps it itself. A batch that fails is run again event by event, each in its
/// own transaction, and each caller gets its own event's outcome, so MassTransit retries and parks only the event that
/// fails; a batch that fails only because this process is shutting down (<see cref="ProcessShutdown"/>) fails every
/// caller at once, for their deliveries to go back to the queue. One batch at a time per handler: one pooled connection at most.
/// </summary>
internal sealed class InboxBatcher<THandler, TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventMetrics metrics,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<InboxBatcher<THandler, TContext>> logger)
    where THandler : class
    where TContext : DbContext
{
    private static readonly string ConsumerName = ConsumerNames.For(typeof(THandler));

    private readonly Lock _gate = new();
    private List<Entry> _waiting = [];
    private bool _running;

    /// <summary>Completes once <paramref name="integrationEvent"/> is committed (or was applied before); throws its failure.</summary>
    public Task ApplyAsync<TEvent>(TEvent integrationEvent, Guid eventId)
        where TEvent : class
    {
        var entry = new Entry(integrationEvent, eventId, typeof(TEvent).FullName!, Stopwatch.GetTimestamp(), ApplyRunAsync<TEvent>);
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
        catch (Exception exception) when (ProcessShutdown.Interrupted(exception, lifetime.ApplicationStopping.IsCancellationRequested))
        {
            // Only this process shutting down: no event's own fault, so none is run alone; every delivery goes back to its queue.
            foreach (var entry in batch)
            {
                Complete(entry, "failed", exception);
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
        var recorded = await InboxRecord.NewAsync(context, ConsumerName, batch.Select(entry => (entry.EventId, entry.EventType)), clock.GetUtcNow(), cancellationToken);
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

        THandler? handler = null;
        if (fresh.Count > 0)
        {
            handler = scope.ServiceProvider.GetRequiredService<THandler>();
            foreach (var run in fresh.GroupBy(entry => entry.EventType))
            {
                await run.First().ApplyRun(handler, [.. run.Select(entry => entry.Event)], cancellationToken);
            }

            if (handler is IIntegrationEventBatchCompletion completion)
            {
                await completion.CompleteBatchAsync(cancellationToken);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (fresh.Count > 0)
        {
            await AfterCommit.RunAsync(handler, logger, ConsumerName, fresh[0].EventId, cancellationToken);
        }

        return duplicates;
    }

    private static Task ApplyRunAsync<TEvent>(object handler, IReadOnlyList<object> run, CancellationToken cancellationToken)
        where TEvent : class =>
        ((IIntegrationEventBatchHandler<TEvent>)handler).HandleAsync([.. run.Cast<TEvent>()], cancellationToken);

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

    private sealed class Entry(
        object integrationEvent,
        Guid eventId,
        string eventType,
        long started,
        Func<object, IReadOnlyList<object>, CancellationToken, Task> applyRun)
    {
        public object Event { get; } = integrationEvent;

        public Guid EventId { get; } = eventId;

        public string EventType { get; } = eventType;

        /// <summary>Hands a run of events of this entry's type to the handler's batch method for that type.</summary>
        public Func<object, IReadOnlyList<object>, CancellationToken, Task> ApplyRun { get; } = applyRun;

        public long Started { get; } = started;

        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
