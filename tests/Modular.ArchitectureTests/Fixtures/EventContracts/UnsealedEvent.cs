namespace Modular.ArchitectureTests.Fixtures.EventContracts;

/// <summary>Open for subclasses that consumers would not know how to deserialize.</summary>
public record UnsealedEvent(Guid EventId);
