using Modular.Shared.Kernel.Domain;

namespace Modular.Testing.Probe;

public sealed record ProbeItemCreated(Guid ItemId, string Payload, DateTimeOffset OccurredAt) : IDomainEvent;
