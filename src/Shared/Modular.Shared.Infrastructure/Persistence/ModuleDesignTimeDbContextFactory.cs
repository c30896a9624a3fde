using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's DbContext without starting the host.
/// The connection string is never opened when adding a migration.
/// </summary>
public abstract class ModuleDesignTimeDbContextFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? "Host=127.0.0.1;Database=modular;Username=modular;Password=modular";
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistory.TableName, schema))
            .UseSnakeCaseNamingConvention()
            .Options;
        return Create(options);
    }

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
