namespace Modular.ArchitectureTests.Fixtures.EventContracts;

/// <summary>A contract no other module can see.</summary>
internal sealed record InternalEvent(Guid EventId);
