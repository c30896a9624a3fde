namespace Modular.Testing.Probe;

/// <summary>The effect of consuming a <see cref="ProbeHappened"/>: one row per application of the event.</summary>
public sealed class ProbeReceipt
{
    public Guid Id { get; set; }

    public Guid ItemId { get; set; }

    public Guid EventId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
