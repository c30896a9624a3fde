namespace Modular.ArchitectureTests.Fixtures.Clock;

internal sealed class ReadsDateTimeOffsetNowInALambda
{
    public Func<DateTimeOffset> Stamper() => () => DateTimeOffset.Now;
}
