using MassTransit;

namespace Modular.Testing.Probe;

[EntityName("tests.probe-happened")]
public sealed record ProbeHappened(Guid EventId, DateTimeOffset OccurredAt, Guid ItemId, string Payload)
{
    public const string Poison = "poison";
}
