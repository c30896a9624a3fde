using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>Dependencies point inwards: Api → Infrastructure → Application → Domain, never back.</summary>
internal static class LayerRules
{
    public static TestResult DomainIsIsolated(Conditions should, string module) =>
        should.NotHaveDependencyOnAny(
            [.. Namespaces(module, Layer.Application, Layer.Infrastructure, Layer.Api), .. Frameworks.All]).GetResult();

    public static TestResult ApplicationIsIsolated(Conditions should, string module) =>
        should.NotHaveDependencyOnAny(
            [.. Namespaces(module, Layer.Infrastructure, Layer.Api), .. Frameworks.All]).GetResult();

    public static TestResult InfrastructureIgnoresApi(Conditions should, string module) =>
        should.NotHaveDependencyOnAny([.. Namespaces(module, Layer.Api)]).GetResult();

    private static IEnumerable<string> Namespaces(string module, params Layer[] layers) =>
        layers.Select(layer => ModuleAssemblies.Namespace(module, layer));
}
