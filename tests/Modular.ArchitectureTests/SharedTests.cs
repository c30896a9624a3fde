using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class SharedTests
{
    [Fact]
    public void Shared_depends_on_no_module()
    {
        var result = ModuleBoundaryRules.SharedIsModuleAgnostic(Scope.Should(ModuleAssemblies.Shared));

        RuleAssert.Passes(result, "Shared must not know about any module");
    }
}
