namespace Modular.Shared.UnitTests.Outbox;

public sealed record SampleEventWithDateTime(Guid EventId, DateTime OccurredAt);
