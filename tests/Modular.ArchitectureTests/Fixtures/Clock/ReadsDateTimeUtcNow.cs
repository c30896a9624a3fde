namespace Modular.ArchitectureTests.Fixtures.Clock;

internal sealed class ReadsDateTimeUtcNow
{
    public DateTime Stamp() => DateTime.UtcNow;
}
