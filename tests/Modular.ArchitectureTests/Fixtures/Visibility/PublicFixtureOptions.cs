namespace Modular.ArchitectureTests.Fixtures.Visibility;

/// <summary>A module's settings another assembly could bind or change.</summary>
public sealed class PublicFixtureOptions
{
    public int Seconds { get; set; }
}
