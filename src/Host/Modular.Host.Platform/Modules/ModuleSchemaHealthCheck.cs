using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Host.Platform.Modules;

/// <summary>
/// A module's entry in <c>/health/ready</c>: its schema carries every migration this build of the module knows. A
/// process started before <c>migrate</c> ran for its release is not ready for that module. Once up to date it stays so
/// for the life of the process (migrations come only with a new build), so after that the check asks nothing of
/// PostgreSQL; whether PostgreSQL answers is the <c>postgres</c> entry's concern.
/// </summary>
internal sealed class ModuleSchemaHealthCheck(ModuleDatabase module, IServiceScopeFactory scopes, NpgsqlDataSource dataSource) : IHealthCheck
{
    private IReadOnlyList<string>? _known;
    private HealthCheckResult? _upToDate;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_upToDate is { } upToDate)
        {
            return upToDate;
        }

        try
        {
            var known = _known ??= KnownMigrations();
            var applied = await AppliedMigrationsAsync(cancellationToken);
            var pending = known.Count(migration => !applied.Contains(migration));
            if (pending > 0)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"Schema {module.Schema}: {pending} of {known.Count} migration(s) not applied");
            }

            var result = HealthCheckResult.Healthy($"Schema {module.Schema}: {known.Count} migration(s) applied");
            _upToDate = result;
            return result;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The exception (it may name hosts) stays out of the answer; the postgres entry says why.
            return new HealthCheckResult(context.Registration.FailureStatus, $"Schema {module.Schema}: migrations cannot be read", exception);
        }
    }

    private List<string> KnownMigrations()
    {
        using var scope = scopes.CreateScope();
        var dbContext = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        return [.. dbContext.Database.GetMigrations()];
    }

    private async Task<HashSet<string>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        // to_regclass is null for a table that does not exist yet (fresh database): nothing applied, and no failed
        // query for EF Core to log as an error on every probe (npgsql/efcore.pg#3407, see DatabaseMigrator).
        await using (var exists = dataSource.CreateCommand("SELECT to_regclass(@history) IS NOT NULL"))
        {
            exists.Parameters.AddWithValue("history", $"\"{module.Schema}\".\"{MigrationsHistory.TableName}\"");
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return [];
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var dbContext = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var applied = await dbContext.GetService<IHistoryRepository>().GetAppliedMigrationsAsync(cancellationToken);
        return [.. applied.Select(row => row.MigrationId)];
    }
}
