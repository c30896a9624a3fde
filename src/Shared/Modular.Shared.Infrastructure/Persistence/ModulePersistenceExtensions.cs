using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton(new ModuleDatabase(module, schema, typeof(TContext)));
        services.AddScoped<OutboxSaveChangesInterceptor>();
        services.TryAddSingleton<DatabaseMigrator>();

        services.AddDbContext<TContext>((provider, options) =>
        {
            // No command timeout of EF's own: commands take the data source's, its share of Database:CommandTimeoutSeconds.
            options
                .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql
                    .MigrationsHistoryTable(MigrationsHistory.TableName, schema))
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(provider.GetRequiredService<OutboxSaveChangesInterceptor>());
        });

        return services;
    }
}
