using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.UnitTests.Domain;

public sealed record SomethingHappened(string What, DateTimeOffset OccurredAt) : IDomainEvent;
