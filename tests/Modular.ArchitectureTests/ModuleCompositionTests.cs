using Modular.ArchitectureTests.Fixtures.Composition;
using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

/// <summary>A module is composed through the platform's switch and no other way (ADR 0026).</summary>
public sealed class ModuleCompositionTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Each_module_Api_offers_one_module_named_after_it_and_nothing_else_to_call(string module)
    {
        var composed = Assert.Single(ModuleCompositionRules.Modules(ModuleAssemblies.Of(module, Layer.Api)));

        Assert.Equal($"{module}Module", composed.Name);
        Assert.Equal(module, composed.GetProperty("Name")!.GetValue(null));
        Assert.Empty(ModuleCompositionRules.OtherPublicMethods(composed));
    }

    [Fact]
    public void The_host_composes_every_module_once_through_the_switch_and_calls_none_itself()
    {
        var expected = ModuleAssemblies.Modules
            .Select(module => Assert.Single(ModuleCompositionRules.Modules(ModuleAssemblies.Of(module, Layer.Api))).FullName)
            .Order();

        Assert.Equal(expected, ModuleCompositionRules.ComposedModules(ModuleAssemblies.Host));
        Assert.Empty(ModuleCompositionRules.DirectModuleCalls(ModuleAssemblies.Host));
    }

    [Fact]
    public void The_rules_flag_a_second_composition_a_direct_registration_and_a_module_with_more_to_call()
    {
        var fixtures = typeof(ComposesModulesDirectly).Assembly;

        Assert.Equal(
            [$"{typeof(Modular.Users.Api.UsersModule).FullName}", $"{typeof(Modular.Users.Api.UsersModule).FullName}"],
            ModuleCompositionRules.ComposedModules(fixtures));
        Assert.Equal(
            [$"{typeof(ComposesModulesDirectly).FullName}.Compose -> IdentityModule.AddServices"],
            ModuleCompositionRules.DirectModuleCalls(fixtures));
        Assert.Equal([nameof(LeakyFixtureModule.AddFixtureModule)], ModuleCompositionRules.OtherPublicMethods(typeof(LeakyFixtureModule)));
    }
}
