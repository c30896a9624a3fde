namespace Modular.ArchitectureTests.Fixtures.Visibility;

internal sealed class InternalFixtureStore : IFixturePort
{
    public void Run()
    {
    }
}
