namespace Modular.ArchitectureTests.Fixtures.Clock;

internal sealed class UsesTheInjectedClock(TimeProvider clock)
{
    public DateTimeOffset Stamp() => clock.GetUtcNow();

    public DateTime Converted(DateTimeOffset instant) => instant.UtcDateTime;
}
