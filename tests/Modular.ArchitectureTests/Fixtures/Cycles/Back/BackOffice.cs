using Modular.ArchitectureTests.Fixtures.Cycles.Front;

namespace Modular.ArchitectureTests.Fixtures.Cycles.Back;

internal static class BackOffice
{
    public static string Fulfil() => FrontDesk.Greet();
}
