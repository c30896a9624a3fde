using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Time;

namespace Modular.Shared.Infrastructure.Modules;

public static class ModuleInfrastructureExtensions
{
    /// <summary>
    /// What every module's infrastructure consists of: its DbContext in its own schema, the mapper that turns its
    /// domain events into integration events for its outbox, the exchanges it publishes to, and its event handlers.
    /// </summary>
    public static IServiceCollection AddModuleInfrastructure<TContext, TMapper>(
        this IServiceCollection services,
        IConfiguration configuration,
        string module,
        string schema,
        Assembly integrationEvents,
        Assembly application)
        where TContext : ModuleDbContext
        where TMapper : class, IIntegrationEventMapper
    {
        services.AddModularClock();
        services.AddModuleDbContext<TContext>(configuration, module, schema);
        services.AddIntegrationEventMapper<TMapper>(schema);
        services.AddPublishedIntegrationEvents(integrationEvents);
        services.AddIntegrationEventHandlers<TContext>(module, application);
        return services;
    }
}
