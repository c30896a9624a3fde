using Modular.Shared.Application.Events;

namespace Modular.Testing.Probe;

internal sealed class RecordProbeHandler(ProbeDbContext context) : IIntegrationEventHandler<ProbeHappened>
{
    public Task HandleAsync(ProbeHappened integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Payload == ProbeHappened.Poison)
        {
            throw new InvalidOperationException("A poison message: this handler always fails on it.");
        }

        context.Add(new ProbeReceipt
        {
            Id = Guid.CreateVersion7(),
            ItemId = integrationEvent.ItemId,
            EventId = integrationEvent.EventId,
            OccurredAt = integrationEvent.OccurredAt,
            ReceivedAt = DateTimeOffset.UtcNow,
        });
        return Task.CompletedTask;
    }
}
