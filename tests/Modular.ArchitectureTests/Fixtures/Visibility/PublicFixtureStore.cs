namespace Modular.ArchitectureTests.Fixtures.Visibility;

/// <summary>An implementation another assembly could construct, skipping the module's registration.</summary>
public sealed class PublicFixtureStore : IFixturePort
{
    public void Run()
    {
    }
}
