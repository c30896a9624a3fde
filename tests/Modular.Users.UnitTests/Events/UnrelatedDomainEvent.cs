using Modular.Shared.Kernel.Domain;

namespace Modular.Users.UnitTests.Events;

public sealed record UnrelatedDomainEvent(DateTimeOffset OccurredAt) : IDomainEvent;
