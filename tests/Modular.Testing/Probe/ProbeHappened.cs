using MassTransit;

namespace Modular.Testing.Probe;

[EntityName("tests.probe-happened")]
public sealed record ProbeHappened(Guid EventId, DateTimeOffset OccurredAt, Guid ItemId, string Payload)
{
    public const string Poison = "poison";

    /// <summary>Its handler meets a PostgreSQL outage on the first <see cref="OutageAttempts"/> attempts, then succeeds.</summary>
    public const string Outage = "outage";

    public const int OutageAttempts = 6;

    /// <summary>Its handler waits at <see cref="ProbeGate"/> until the test opens the item's gate.</summary>
    public const string Held = "held";
}
