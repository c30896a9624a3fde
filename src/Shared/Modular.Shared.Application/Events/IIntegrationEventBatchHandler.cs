namespace Modular.Shared.Application.Events;

/// <summary>
/// Reacts to many events of one type at once: the inbox records them and the handler applies them in one transaction
/// (a batch) instead of one transaction per event, for hot events whose per-event transaction costs more than the work.
/// Batches form only under load (group commit): an event that arrives while no batch of its queue is running is applied
/// at once, alone; those that arrive meanwhile form the next batch. When a batch fails, each of its events is applied
/// again on its own, so a failing event is retried and parked alone and never holds back the others. A redelivered
/// event (same event id) is left out before the handler sees it.
/// </summary>
public interface IIntegrationEventBatchHandler<TEvent>
    where TEvent : class
{
    /// <summary>
    /// Applies <paramref name="integrationEvents"/> (1 to <c>Messaging:BatchSize</c>, in arrival order, none
    /// applied before) inside the batch's transaction; the caller saves and commits. Throw to fail the batch.
    /// </summary>
    Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);
}
