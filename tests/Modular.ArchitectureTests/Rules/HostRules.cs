using System.Reflection;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>The host composes modules through their Api project alone; anything deeper is the module's own business.</summary>
internal static class HostRules
{
    private static readonly Layer[] HiddenLayers = [Layer.Domain, Layer.Application, Layer.Infrastructure, Layer.IntegrationEvents];

    private static IEnumerable<string> HiddenNamespaces =>
        ModuleAssemblies.Modules.SelectMany(module => HiddenLayers.Select(layer => ModuleAssemblies.Namespace(module, layer)));

    public static TestResult UsesModulesOnlyThroughApi(Conditions should) =>
        should.NotHaveDependencyOnAny([.. HiddenNamespaces]).GetResult();

    /// <summary>
    /// Module assemblies other than Api that <paramref name="assembly"/> itself references. The compiler only records
    /// assemblies whose members the code uses, so transitive project references do not show up here.
    /// </summary>
    public static IReadOnlyList<string> HiddenModuleReferences(Assembly assembly)
    {
        var hidden = HiddenNamespaces.ToHashSet(StringComparer.Ordinal);
        return [.. assembly.GetReferencedAssemblies().Select(name => name.Name ?? "").Where(hidden.Contains).Order()];
    }
}
