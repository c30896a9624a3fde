using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Outbox;
using Npgsql;

namespace Modular.Shared.Infrastructure.Persistence;

public static class ModulePersistenceExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the shared connection pool, in its own schema with its own
    /// migrations history, and wires its outbox so domain events become integration events on save.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string module,
        string schema)
        where TContext : ModuleDbContext
    {
        services.TryAddSingleton(_ => PostgresDataSource.Create(configuration));
        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.SectionName);
        services.AddSingleton(new ModuleDatabase(module, schema, typeof(TContext)));
        // Singletons: the contexts' options, built once, hold the interceptor; it and the writer use only singletons (keyed
        // mappers, clock, the signal that wakes the relays after a commit).
        services.TryAddSingleton<OutboxCommitSignal>();
        services.TryAddSingleton(provider => new OutboxWriter(provider, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<OutboxCommitSignal>()));
        services.TryAddSingleton<OutboxSaveChangesInterceptor>();

        // Contexts come from a pool (ADR 0033): constructing one resolves EF's own scoped services for it (state
        // manager, change detector, connection, ...), which was a tenth of the host's CPU placing orders
        // (docs/performance.md). The options are built once, not per scope, and everything they hold is a singleton
        // (data source, interceptors). A pooled context is reset when its scope ends; what the constructor set
        // (ModuleDbContext's savepoint setting) is restored by EF, and per-scope state is attached at each rent.
        services.AddPooledDbContextFactory<TContext>((provider, options) =>
        {
            // No command timeout of EF's own: commands take the data source's, its share of Database:CommandTimeoutSeconds.
            options
                .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql
                    .MigrationsHistoryTable(MigrationsHistory.TableName, schema))
                .UseSnakeCaseNamingConvention()
                // ModuleDbContext scans its own assembly, so finding no configuration there means a module without
                // tables of its own (Notifications keeps only its outbox and inbox), not a scan of the wrong assembly.
                // A failed save, query or connection is an exception its caller handles: a unique violation becomes a
                // 409 (two registrations of one email racing), an outage a 503 with one warning (ADR 0019), anything
                // else is logged once where it is handled (the 500 handler, the consumer, the job). EF's own Error line
                // for each, with a stack, made routine conflicts look like failures and an outage flood the log.
                .ConfigureWarnings(warnings => warnings
                    .Ignore(CoreEventId.NoEntityTypeConfigurationsWarning)
                    .Log(
                        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                        (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                        (RelationalEventId.ConnectionError, LogLevel.Debug),
                        (RelationalEventId.CommandError, LogLevel.Debug),
                        (RelationalEventId.TransactionError, LogLevel.Debug)))
                .AddInterceptors(provider.GetRequiredService<OutboxSaveChangesInterceptor>());
        });
        services.AddScoped(provider =>
        {
            // Disposed with the scope by the container, which returns it to the pool.
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.AttachScope(provider);
            return context;
        });

        // For a reader whose answer is usually cached: it creates the scope's context only on a miss. Constructing a
        // context (EF looks its options up in its service provider cache) was a tenth of a cached read's CPU.
        // PublicationOnly: every thread that races gets the scope's one context from the container, so no lock is needed.
        services.AddScoped(provider => new Lazy<TContext>(provider.GetRequiredService<TContext>, LazyThreadSafetyMode.PublicationOnly));

        return services;
    }
}
