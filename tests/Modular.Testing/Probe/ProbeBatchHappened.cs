using MassTransit;

namespace Modular.Testing.Probe;

/// <summary>An event applied by a batch handler (<see cref="RecordProbeBatchHandler"/>); published straight on the bus.</summary>
[EntityName("tests.probe-batch-happened")]
public sealed record ProbeBatchHappened(Guid EventId, DateTimeOffset OccurredAt, Guid ItemId, string Payload);
