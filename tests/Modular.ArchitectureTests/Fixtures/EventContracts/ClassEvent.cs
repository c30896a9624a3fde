namespace Modular.ArchitectureTests.Fixtures.EventContracts;

/// <summary>A class, without the value semantics of a record.</summary>
public sealed class ClassEvent
{
    public Guid EventId { get; init; }
}
