namespace Modular.ArchitectureTests.Fixtures.Visibility;

/// <summary>What the host composes: the one public type a module's Api may have besides its AssemblyReference.</summary>
public static class FixtureModule
{
    public static void Add()
    {
    }
}
