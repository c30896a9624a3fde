using Modular.Shared.Application.Events;

namespace Modular.Testing.Probe;

/// <summary>Records one receipt per event of a batch; a batch holding the poison payload fails as a whole.</summary>
internal sealed class RecordProbeBatchHandler(ProbeDbContext context) : IIntegrationEventBatchHandler<ProbeBatchHappened>
{
    /// <summary>Sizes of the batches handed in, in order (a static: the handler is scoped, the tests read it after).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentQueue<int> BatchSizes = new();

    public Task HandleAsync(IReadOnlyList<ProbeBatchHappened> integrationEvents, CancellationToken cancellationToken)
    {
        BatchSizes.Enqueue(integrationEvents.Count);
        if (integrationEvents.Any(integrationEvent => integrationEvent.Payload == ProbeHappened.Poison))
        {
            throw new InvalidOperationException("A poison message: this handler always fails on a batch that holds it.");
        }

        foreach (var integrationEvent in integrationEvents)
        {
            context.Add(new ProbeReceipt
            {
                Id = Guid.CreateVersion7(),
                ItemId = integrationEvent.ItemId,
                EventId = integrationEvent.EventId,
                OccurredAt = integrationEvent.OccurredAt,
                ReceivedAt = DateTimeOffset.UtcNow,
            });
        }

        return Task.CompletedTask;
    }
}
