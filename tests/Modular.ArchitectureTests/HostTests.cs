using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class HostTests
{
    [Fact]
    public void Host_uses_modules_only_through_their_Api()
    {
        var result = HostRules.UsesModulesOnlyThroughApi(Scope.Should(ModuleAssemblies.Host));

        RuleAssert.Passes(result, "The host must not use a module's Domain, Application, Infrastructure or IntegrationEvents");
    }

    [Fact]
    public void Host_references_no_module_assembly_but_Api()
    {
        var referenced = ModuleAssemblies.Host.GetReferencedAssemblies().Select(name => name.Name).ToList();
        // The host registers every module, so each Api shows up; if none did, the check below would prove nothing.
        Assert.All(ModuleAssemblies.Modules, module => Assert.Contains(ModuleAssemblies.Namespace(module, Layer.Api), referenced));

        var hidden = HostRules.HiddenModuleReferences(ModuleAssemblies.Host);

        Assert.True(hidden.Count == 0, $"The host references module internals: {string.Join(", ", hidden)}");
    }
}
