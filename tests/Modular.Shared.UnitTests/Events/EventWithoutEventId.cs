namespace Modular.Shared.UnitTests.Events;

public sealed record EventWithoutEventId(Guid Id, DateTimeOffset OccurredAt);
