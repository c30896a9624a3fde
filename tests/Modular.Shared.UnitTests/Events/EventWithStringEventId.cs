namespace Modular.Shared.UnitTests.Events;

public sealed record EventWithStringEventId(string EventId, DateTimeOffset OccurredAt);
