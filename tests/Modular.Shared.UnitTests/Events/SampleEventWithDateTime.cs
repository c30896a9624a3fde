namespace Modular.Shared.UnitTests.Events;

public sealed record SampleEventWithDateTime(Guid EventId, DateTime OccurredAt);
