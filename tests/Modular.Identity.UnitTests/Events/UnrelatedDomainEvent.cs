using Modular.Shared.Kernel.Domain;

namespace Modular.Identity.UnitTests.Events;

public sealed record UnrelatedDomainEvent(DateTimeOffset OccurredAt) : IDomainEvent;
