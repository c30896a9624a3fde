namespace Modular.ArchitectureTests.Fixtures.Cycles.Leaf;

internal static class Stamp
{
    public static string Now() => "now";
}
