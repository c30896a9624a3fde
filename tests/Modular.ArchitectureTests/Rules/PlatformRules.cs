using System.Reflection;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// The host owns the platform (HTTP pipeline, observability, startup, shutdown) and composes the modules: what it composes
/// never reaches back into it, so a module or a shared project can move to another host unchanged.
/// </summary>
internal static class PlatformRules
{
    /// <summary>The host's namespace root: the platform project and anything else the host adds.</summary>
    public const string HostNamespace = "Modular.Host";

    public static TestResult IgnoresTheHost(Conditions should) => should.NotHaveDependencyOnAny(HostNamespace).GetResult();

    /// <summary>Host assemblies that <paramref name="assembly"/> itself references (only those whose members it uses are recorded).</summary>
    public static IReadOnlyList<string> HostReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(name => name.Name ?? "")
            .Where(name => name == HostNamespace || name.StartsWith($"{HostNamespace}.", StringComparison.Ordinal))
            .Order()];
}
