using Modular.Shared.Kernel.Domain;

namespace Modular.Testing.Probe;

/// <summary>A test aggregate: creating one raises a domain event that leaves the probe module as <see cref="ProbeHappened"/>.</summary>
public sealed class ProbeItem : AggregateRoot<Guid>
{
    private ProbeItem(Guid id, string payload)
        : base(id) => Payload = payload;

    public string Payload { get; private set; }

    public static ProbeItem Create(Guid id, string payload)
    {
        var item = new ProbeItem(id, payload);
        item.Raise(new ProbeItemCreated(id, payload, DateTimeOffset.UtcNow));
        return item;
    }
}
