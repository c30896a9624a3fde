namespace Modular.Shared.UnitTests.Events;

public sealed record SampleEvent(Guid EventId, DateTimeOffset OccurredAt, string Payload);
