using Modular.ArchitectureTests.Fixtures.Cycles.Back;
using Modular.ArchitectureTests.Fixtures.Cycles.Leaf;

namespace Modular.ArchitectureTests.Fixtures.Cycles.Front;

/// <summary>Uses Back, which uses Front again: a circle. Also uses Leaf, which is no part of it.</summary>
internal static class FrontDesk
{
    public static string Order() => BackOffice.Fulfil() + Stamp.Now();

    public static string Greet() => "hello";
}
