using Modular.Shared.Kernel.Domain;

namespace Modular.IntegrationTests.Messaging.Probe;

public sealed record ProbeItemCreated(Guid ItemId, string Payload, DateTimeOffset OccurredAt) : IDomainEvent;
