using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Modules;
using Modular.Shared.Web.Modules;

namespace Modular.Host.UnitTests.Modules;

public sealed class ModuleCompositionTests
{
    [Fact]
    public void A_module_that_is_off_registers_nothing_and_maps_nothing()
    {
        var builder = Builder(("Modules:Enabled", "alpha"));

        builder.AddModule<AlphaModule>();
        builder.AddModule<BetaModule>();

        var markers = builder.Services.Select(service => service.ImplementationInstance).OfType<ModuleMarker>().Select(marker => marker.Module);
        Assert.Equal(["Alpha"], markers);
        var catalog = Catalog(builder);
        Assert.Equal(["Alpha", "Beta"], catalog.Known);
        Assert.Equal(["Alpha"], catalog.Enabled);
    }

    [Fact]
    public void Every_module_runs_when_the_setting_is_absent()
    {
        var builder = Builder();

        builder.AddModule<AlphaModule>();
        builder.AddModule<BetaModule>();

        Assert.Equal(["Alpha", "Beta"], Catalog(builder).Enabled);
    }

    [Fact]
    public void The_platform_comes_first_and_each_module_is_composed_once()
    {
        var withoutPlatform = WebApplication.CreateBuilder();
        Assert.Throws<InvalidOperationException>(() => withoutPlatform.AddModule<AlphaModule>());

        var builder = Builder();
        builder.AddModule<AlphaModule>();
        Assert.Throws<InvalidOperationException>(() => builder.AddModule<AlphaModule>());
    }

    [Fact]
    public void The_selection_is_checked_against_the_modules_the_host_composes()
    {
        var builder = Builder(("Modules:Enabled", "Alpha,Gamma"));
        builder.AddModule<AlphaModule>();
        builder.AddModule<BetaModule>();
        using var provider = builder.Services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ModulesOptions>>().Value);

        Assert.Contains("'Gamma'; list modules among Alpha, Beta,", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_in_json_is_refused_rather_than_read_as_unset()
    {
        var builder = Builder(("Modules:Enabled:0", "Alpha"));
        builder.AddModule<AlphaModule>();
        using var provider = builder.Services.BuildServiceProvider();

        // The binder cannot read a list as the string: startup turns that into the Invalid configuration line too.
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<ModulesOptions>>().Value);
    }

    private static WebApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)));
        builder.Services.AddModuleSwitches(builder.Configuration);
        return builder;
    }

    private static ModuleCatalog Catalog(WebApplicationBuilder builder) =>
        builder.Services.Select(service => service.ImplementationInstance).OfType<ModuleCatalog>().Single();

    private sealed record ModuleMarker(string Module);

    private sealed class AlphaModule : IModule
    {
        public static string Name => "Alpha";

        public static void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton(new ModuleMarker(Name));

        public static void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }
    }

    private sealed class BetaModule : IModule
    {
        public static string Name => "Beta";

        public static void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton(new ModuleMarker(Name));

        public static void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }
    }
}
