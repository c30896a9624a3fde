using MassTransit;

namespace Modular.ArchitectureTests.Fixtures.EventContracts;

/// <summary>An integration event as it should be: a public sealed record of plain data, named for the bus.</summary>
[EntityName("fixtures.well-formed")]
public sealed record WellFormedEvent(Guid EventId, DateTimeOffset OccurredAt, IReadOnlyList<string> Tags);
