namespace Modular.ArchitectureTests;

/// <summary>The rules are only as good as the table they run over.</summary>
public sealed class ModuleAssembliesTests
{
    [Fact]
    public void Each_module_layer_is_the_assembly_named_after_it()
    {
        foreach (var module in ModuleAssemblies.Modules)
        {
            foreach (var layer in ModuleAssemblies.Layers(module))
            {
                Assert.Equal(ModuleAssemblies.Namespace(module, layer), ModuleAssemblies.Of(module, layer).GetName().Name);
            }
        }
    }

    [Fact]
    public void Every_module_has_all_layers_but_possibly_IntegrationEvents()
    {
        // Only a module that publishes nothing may lack a layer, so no rule silently skips a Domain, Application, ...
        foreach (var module in ModuleAssemblies.Modules)
        {
            Assert.Equal(ModuleAssemblies.RequiredLayers, ModuleAssemblies.Layers(module).Where(layer => layer != Layer.IntegrationEvents));
        }

        Assert.Contains("Notifications", ModuleAssemblies.Modules);
        Assert.DoesNotContain("Notifications", ModuleAssemblies.Publishers);
        Assert.Equal(["Users", "Identity", "Orders"], ModuleAssemblies.Publishers);
    }

    [Fact]
    public void Every_Modular_assembly_next_to_the_tests_is_covered()
    {
        // A new module or shared project must join the table, or none of the rules would look at it.
        var known = ModuleAssemblies.All.Concat(ModuleAssemblies.Shared)
            .Append(ModuleAssemblies.Host)
            .Append(ModuleAssemblies.Platform)
            .Append(typeof(ModuleAssembliesTests).Assembly)
            .Select(assembly => assembly.GetName().Name)
            .Order();
        var present = Directory.GetFiles(AppContext.BaseDirectory, "Modular.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Order();

        Assert.Equal(known, present);
    }
}
