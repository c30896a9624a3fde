using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;

namespace Modular.Testing.Probe;

internal sealed class ProbeEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ProbeItemCreated created => [new ProbeHappened(Guid.CreateVersion7(), created.OccurredAt, created.ItemId, created.Payload)],
        _ => [],
    };
}
