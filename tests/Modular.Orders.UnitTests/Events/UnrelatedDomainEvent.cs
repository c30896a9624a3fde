using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.UnitTests.Events;

public sealed record UnrelatedDomainEvent(DateTimeOffset OccurredAt) : IDomainEvent;
