using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Shared.Infrastructure.Outbox;
using Npgsql;

namespace Modular.Testing.Probe;

public static class ProbeSchema
{
    /// <summary>
    /// Drops and recreates the probe schema: a test-only schema created from the model, then given the same
    /// NOTIFY trigger that a module's migration adds.
    /// </summary>
    public static async Task RecreateAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {ProbeDbContext.SchemaName} CASCADE");
        var options = new DbContextOptionsBuilder<ProbeDbContext>()
            .UseNpgsql(TestEnvironment.Postgres)
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var context = new ProbeDbContext(options);
        await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        await ExecuteAsync(OutboxNotifications.CreateTriggerSql(ProbeDbContext.SchemaName));
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
