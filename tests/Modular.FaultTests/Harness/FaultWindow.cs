namespace Modular.FaultTests.Harness;

/// <summary>
/// When (scenario seconds) the fault was injected, when the test began to undo it (a server started again, a network
/// healed), and when the dependency was back (accepting again): a server may already answer a moment before the test
/// sees it, so readiness is required to be 503 up to <see cref="Repaired"/> and 200 again within 10 s of <see cref="End"/>.
/// </summary>
internal sealed record FaultWindow(double Start, double Repaired, double End, string Description)
{
    public FaultWindow(double start, double end, string description)
        : this(start, end, end, description)
    {
    }

    public double Length => End - Start;
}
