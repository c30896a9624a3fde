using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Modular.Host.Platform.Health;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Shared.Web.Modules;

namespace Modular.Host.Platform.Modules;

/// <summary>Module switches (<c>Modules:Enabled</c>, ADR 0026): the one place that decides whether a module runs here.</summary>
public static partial class ModuleCompositionExtensions
{
    /// <summary>
    /// Composes <typeparamref name="TModule"/> when <c>Modules:Enabled</c> includes it (or is unset): its services now,
    /// a readiness entry per module database it registered, and its endpoints when the platform maps them. A module that
    /// is off is only remembered as known, so that the setting can be checked for unknown names. Call after
    /// <c>AddModularPlatform</c> and before <c>AddModularMessaging</c>, once per module.
    /// </summary>
    public static WebApplicationBuilder AddModule<TModule>(this WebApplicationBuilder builder)
        where TModule : IModule
    {
        var services = builder.Services;
        var catalog = services.FirstOrDefault(service => service.ServiceType == typeof(ModuleCatalog))?.ImplementationInstance as ModuleCatalog
            ?? throw new InvalidOperationException("Call AddModularPlatform before AddModule: the platform owns the module switches.");
        if (!catalog.Add(TModule.Name, TModule.MapEndpoints))
        {
            return builder;
        }

        var databasesBefore = ModuleDatabases(services).Count;
        TModule.AddServices(services, builder.Configuration);
        foreach (var database in ModuleDatabases(services).Skip(databasesBefore))
        {
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                database.Module,
                provider => ActivatorUtilities.CreateInstance<ModuleSchemaHealthCheck>(provider, database),
                HealthStatus.Unhealthy,
                [HealthEndpoints.ReadyTag],
                TimeSpan.FromSeconds(3)));
        }

        return builder;
    }

    /// <summary>The switches themselves: the selection read now (registration depends on it), checked at startup.</summary>
    internal static IServiceCollection AddModuleSwitches(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ModuleCatalog(ModuleSelection.Parse(configuration[ModulesOptions.Setting])));
        services.AddValidatedOptions<ModulesOptions, ModulesOptionsValidator>(configuration, ModulesOptions.SectionName);
        return services;
    }

    /// <summary>Maps the endpoints of the modules this process runs, and says which they are.</summary>
    internal static WebApplication MapModules(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        catalog.MapEndpoints(app);
        LogModules(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Modular.Modules"), string.Join(", ", catalog.Enabled), string.Join(", ", catalog.Known.Except(catalog.Enabled)));
        return app;
    }

    private static List<ModuleDatabase> ModuleDatabases(IServiceCollection services) =>
        [.. services.Select(service => service.ImplementationInstance).OfType<ModuleDatabase>()];

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Modules running in this process: {Enabled}; not running: {Disabled}")]
    private static partial void LogModules(ILogger logger, string enabled, string disabled);
}
