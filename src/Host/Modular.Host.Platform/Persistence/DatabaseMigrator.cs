using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Host.Platform.Persistence;

/// <summary>Applies every module's pending migrations, module by module, each in its own schema.</summary>
internal sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopeFactory,
    IEnumerable<ModuleDatabase> modules,
    NpgsqlDataSource dataSource,
    ILogger<DatabaseMigrator> logger)
{
    // Any constant the whole deployment agrees on; "modular-migrations" folded into a bigint.
    private const long MigrationLockKey = 0x6d6f64756c61726d;

    /// <summary>Attempts before a database that cannot be reached fails the start (about 30 s of waiting in all).</summary>
    private const int MaxAttempts = 6;

    /// <summary>
    /// Applies the migrations, retrying while the database cannot be reached (still starting, restarting, or a first
    /// connection slower than the connect timeout on a busy host): each migration is its own transaction, so a retry
    /// resumes where the failed attempt stopped.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateOnceAsync(cancellationToken);
                return;
            }
            catch (Exception exception) when (attempt < MaxAttempts && IsUnreachable(exception) && !cancellationToken.IsCancellationRequested)
            {
                LogRetry(attempt, delay.TotalSeconds, exception.GetBaseException().Message);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private static bool IsUnreachable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } and not PostgresException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
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
                // Npgsql cannot tell whether the history table exists, so on a fresh schema EF Core would query it, fail,
                // and log that failure as an Error before treating it as "nothing applied" (npgsql/efcore.pg#3407).
                // Creating it first (idempotent, with its schema) leaves nothing to fail.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Migrations: the database cannot be reached (attempt {Attempt}: {Reason}); retrying in {DelaySeconds} s")]
    private partial void LogRetry(int attempt, double delaySeconds, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module}: schema {Schema} migrated ({Applied} migration(s) applied)")]
    private partial void LogMigrated(string module, string schema, int applied);
}
