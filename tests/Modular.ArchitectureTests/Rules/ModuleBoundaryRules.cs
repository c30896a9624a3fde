using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>Modules talk to each other only through published integration events, so each can change (or move out) alone.</summary>
internal static class ModuleBoundaryRules
{
    /// <summary>Everything of a module except its IntegrationEvents is private to it.</summary>
    public static IReadOnlyList<Layer> InternalLayers { get; } = [Layer.Domain, Layer.Application, Layer.Infrastructure, Layer.Api];

    // NetArchTest matches whole namespace segments, so "Modular.Identity.Api" does not also catch "Modular.Identity.ApiX".
    public static TestResult UsesOtherModulesOnlyThroughIntegrationEvents(Conditions should, string module) =>
        should.NotHaveDependencyOnAny(
            [.. ModuleAssemblies.Modules
                .Where(other => other != module)
                .SelectMany(other => InternalLayers.Select(layer => ModuleAssemblies.Namespace(other, layer)))])
            .GetResult();

    public static TestResult SharedIsModuleAgnostic(Conditions should) =>
        should.NotHaveDependencyOnAny([.. ModuleAssemblies.Modules.Select(module => $"Modular.{module}")]).GetResult();
}
