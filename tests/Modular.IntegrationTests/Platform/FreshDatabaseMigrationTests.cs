using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Platform;

/// <summary>A newcomer's first start migrates an empty database: it must read clean, not open with Error lines.</summary>
public sealed class FreshDatabaseMigrationTests
{
    private const string MigratorCategory = "Modular.Host.Platform.Persistence.DatabaseMigrator";

    [Fact]
    public async Task A_fresh_database_migrates_every_module_without_an_error_or_warning_line()
    {
        var database = $"modular_fresh_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = database }.ConnectionString;
        await ExecuteAsync($"CREATE DATABASE {database}");
        try
        {
            var logs = new CapturedLogs();
            using (var root = new ModularApiFactory())
            using (var factory = PlatformHosts.Create(root, "Testing", logs, ("ConnectionStrings:Postgres", connectionString)))
            {
                _ = factory.Services;
            }

            var migrations = logs.Entries.Where(entry => entry.Category == MigratorCategory && entry.Level == LogLevel.Information).ToList();
            Assert.Equal(4, migrations.Count(entry => !entry.Message.Contains("(0 migration(s) applied)", StringComparison.Ordinal)));
            // EF Core logs a failed command at Error even when it handles the failure itself.
            var noisy = logs.Entries
                .Where(entry => entry.Level is >= LogLevel.Warning and not LogLevel.None)
                .Where(entry => entry.Category == MigratorCategory || entry.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
                .Select(entry => $"{entry.Level} {entry.Category}: {entry.Message}")
                .ToList();
            Assert.True(noisy.Count == 0, string.Join(Environment.NewLine, noisy));
        }
        finally
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
