namespace Modular.ArchitectureTests.Fixtures.Visibility;

/// <summary>A port, public here only so the surface rule has an interface to flag.</summary>
public interface IFixturePort
{
    void Run();
}
