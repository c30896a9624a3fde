using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class DomainLayerTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Domain_depends_on_no_other_layer_of_its_module_nor_on_EF_Core_ASP_NET_Core_or_MassTransit(string module)
    {
        var result = LayerRules.DomainIsIsolated(Scope.Should(ModuleAssemblies.Of(module, Layer.Domain)), module);

        RuleAssert.Passes(result, $"{module} Domain must not use its Application, Infrastructure, Api, EF Core, ASP.NET Core or MassTransit");
    }
}
