namespace Modular.Shared.Application.Events;

/// <summary>
/// A batch handler that acts on a batch as a whole, across the event types it handles on its one queue: the batch's new
/// events are first handed to its <see cref="IIntegrationEventBatchHandler{TEvent}"/> methods (one call per type), then
/// this is called once, inside the same transaction, before the save and the commit. For rules that span the types and
/// cannot rely on the order the events arrived in (an order's placement and confirmation may arrive either way round).
/// Throw to fail the batch.
/// </summary>
public interface IIntegrationEventBatchCompletion
{
    Task CompleteBatchAsync(CancellationToken cancellationToken);
}
