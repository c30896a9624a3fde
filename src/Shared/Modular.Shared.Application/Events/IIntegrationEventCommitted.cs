namespace Modular.Shared.Application.Events;

/// <summary>
/// An <see cref="IIntegrationEventHandler{TEvent}"/> or <see cref="IIntegrationEventBatchHandler{TEvent}"/> with work that may only run once what it changed is committed, such
/// as dropping a cached read the change made stale (earlier, a concurrent reader could cache the old value again). Called
/// after the commit of the transaction that applied the event (or the batch), never for duplicates only. A failure is logged and not
/// retried: the event is applied.
/// </summary>
public interface IIntegrationEventCommitted
{
    Task CommittedAsync(CancellationToken cancellationToken);
}
