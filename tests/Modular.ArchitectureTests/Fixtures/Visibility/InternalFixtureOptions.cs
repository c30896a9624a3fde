namespace Modular.ArchitectureTests.Fixtures.Visibility;

internal sealed class InternalFixtureOptions
{
    public int Seconds { get; set; }
}
