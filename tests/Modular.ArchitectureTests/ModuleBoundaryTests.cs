using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Module_uses_other_modules_only_through_their_integration_events(string module)
    {
        var result = ModuleBoundaryRules.UsesOtherModulesOnlyThroughIntegrationEvents(Scope.Should(ModuleAssemblies.Of(module)), module);

        RuleAssert.Passes(result, $"{module} must reach other modules only through their IntegrationEvents");
    }
}
