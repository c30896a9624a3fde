namespace Modular.ArchitectureTests.Fixtures.Visibility;

internal sealed record InternalFixtureRequest(string? Name);
