namespace Modular.Shared.UnitTests.Outbox;

public sealed record EventWithoutEventId(Guid Id, DateTimeOffset OccurredAt);
