using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>Applies every module's pending migrations, module by module, each in its own schema.</summary>
public sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopeFactory,
    IEnumerable<ModuleDatabase> modules,
    NpgsqlDataSource dataSource,
    ILogger<DatabaseMigrator> logger)
{
    // Any constant the whole deployment agrees on; "modular-migrations" folded into a bigint.
    private const long MigrationLockKey = 0x6d6f64756c61726d;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // EF Core's own lock lives in each schema's history table, which does not exist yet on a fresh database:
        // instances starting together both applied the Initial migration. One session-level advisory lock serialises them.
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            acquire.CommandTimeout = (int)DatabaseTimeouts.MigrationCommandTimeout.TotalSeconds;
            acquire.Parameters.AddWithValue("key", MigrationLockKey);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            foreach (var module in modules)
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
                context.Database.SetCommandTimeout(DatabaseTimeouts.MigrationCommandTimeout);
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await context.Database.MigrateAsync(cancellationToken);
                LogMigrated(module.Module, module.Schema, pending.Count);
            }
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", MigrationLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module}: schema {Schema} migrated ({Applied} migration(s) applied)")]
    private partial void LogMigrated(string module, string schema, int applied);
}
