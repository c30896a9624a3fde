using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class PlatformTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Module_does_not_depend_on_the_host_or_its_platform(string module)
    {
        var result = PlatformRules.IgnoresTheHost(Scope.Should(ModuleAssemblies.Of(module)));

        RuleAssert.Passes(result, $"{module} must not use the host's platform; what modules share belongs in Modular.Shared.*");
    }

    [Fact]
    public void Shared_does_not_depend_on_the_host_or_its_platform()
    {
        var result = PlatformRules.IgnoresTheHost(Scope.Should(ModuleAssemblies.Shared));

        RuleAssert.Passes(result, "Shared must not use the host's platform");
    }

    [Fact]
    public void No_module_or_shared_assembly_references_a_host_assembly()
    {
        var offenders = ModuleAssemblies.All.Concat(ModuleAssemblies.Shared)
            .SelectMany(assembly => PlatformRules.HostReferences(assembly).Select(reference => $"{assembly.GetName().Name} -> {reference}"))
            .ToList();

        Assert.True(offenders.Count == 0, $"Host assemblies referenced: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Platform_depends_on_no_module()
    {
        var result = ModuleBoundaryRules.SharedIsModuleAgnostic(Scope.Should(ModuleAssemblies.Platform));

        RuleAssert.Passes(result, "The platform must not know about any module: the host composes them");
    }
}
