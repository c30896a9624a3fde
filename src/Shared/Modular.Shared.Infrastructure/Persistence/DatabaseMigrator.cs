using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>Applies every module's pending migrations, module by module, each in its own schema.</summary>
public sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopeFactory,
    IEnumerable<ModuleDatabase> modules,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            // EF Core takes a database-wide migration lock, so instances starting together do not collide.
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(module.Module, module.Schema, pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module}: schema {Schema} migrated ({Applied} migration(s) applied)")]
    private partial void LogMigrated(string module, string schema, int applied);
}
