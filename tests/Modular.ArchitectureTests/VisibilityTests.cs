using System.Reflection;
using Modular.ArchitectureTests.Rules;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests;

public sealed class VisibilityTests
{
    private static IReadOnlyList<Assembly> Apis => [.. ModuleAssemblies.Modules.Select(module => ModuleAssemblies.Of(module, Layer.Api))];

    private static IReadOnlyList<Assembly> Infrastructures => [.. ModuleAssemblies.Modules.Select(module => ModuleAssemblies.Of(module, Layer.Infrastructure))];

    [Fact]
    public void Api_requests_are_not_public() =>
        AssertNotPublic(VisibilityRules.Requests(Scope.That(Apis)), "Api requests must be internal");

    [Fact]
    public void Infrastructure_implementations_are_not_public() =>
        AssertNotPublic(VisibilityRules.Implementations(Scope.That([.. Infrastructures, .. Apis])), "Infrastructure (and Api) implementations must be internal");

    [Fact]
    public void Options_are_not_public() =>
        AssertNotPublic(VisibilityRules.Options(Scope.That(ModuleAssemblies.All)), "A module's options must be internal");

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Application_and_Infrastructure_expose_only_their_assembly_reference(string module)
    {
        foreach (var layer in new[] { Layer.Application, Layer.Infrastructure })
        {
            AssertNotPublic(VisibilityRules.AllBut(Scope.That(ModuleAssemblies.Of(module, layer)), "AssemblyReference"), $"{module} {layer} must be internal but its AssemblyReference");
        }
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Api_exposes_only_the_module_the_host_composes(string module) =>
        AssertNotPublic(
            VisibilityRules.AllBut(Scope.That(ModuleAssemblies.Of(module, Layer.Api)), "AssemblyReference", $"{module}Module"),
            $"{module} Api must be internal but {module}Module and its AssemblyReference");

    private static void AssertNotPublic(PredicateList types, string rule)
    {
        // A selection of nothing would pass whatever it demands.
        Assert.NotEmpty(types.GetTypes());
        RuleAssert.Passes(VisibilityRules.AreNotPublic(types), rule);
    }
}
