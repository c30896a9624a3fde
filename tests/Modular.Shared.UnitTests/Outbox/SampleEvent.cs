namespace Modular.Shared.UnitTests.Outbox;

public sealed record SampleEvent(Guid EventId, DateTimeOffset OccurredAt, string Payload);
