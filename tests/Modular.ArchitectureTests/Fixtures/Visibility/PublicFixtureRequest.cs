namespace Modular.ArchitectureTests.Fixtures.Visibility;

/// <summary>An edge's request another assembly could bind, skipping the module's validation.</summary>
public sealed record PublicFixtureRequest(string? Name);
