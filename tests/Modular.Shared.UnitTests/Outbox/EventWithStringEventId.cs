namespace Modular.Shared.UnitTests.Outbox;

public sealed record EventWithStringEventId(string EventId, DateTimeOffset OccurredAt);
