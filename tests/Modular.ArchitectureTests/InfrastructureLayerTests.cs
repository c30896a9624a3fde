using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class InfrastructureLayerTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Infrastructure_does_not_depend_on_Api(string module)
    {
        var result = LayerRules.InfrastructureIgnoresApi(Scope.Should(ModuleAssemblies.Of(module, Layer.Infrastructure)), module);

        RuleAssert.Passes(result, $"{module} Infrastructure must not use its Api");
    }
}
