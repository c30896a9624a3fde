using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class ApplicationLayerTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Application_depends_on_neither_Infrastructure_nor_Api_nor_on_EF_Core_ASP_NET_Core_or_MassTransit(string module)
    {
        var result = LayerRules.ApplicationIsIsolated(Scope.Should(ModuleAssemblies.Of(module, Layer.Application)), module);

        RuleAssert.Passes(result, $"{module} Application must not use its Infrastructure, Api, EF Core, ASP.NET Core or MassTransit");
    }
}
