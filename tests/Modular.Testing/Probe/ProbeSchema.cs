using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Modular.Testing.Probe;

public static class ProbeSchema
{
    /// <summary>
    /// Drops and recreates the probe schema: a test-only schema created from the model, as a module's migrations leave
    /// theirs (no trigger on the outbox: relays are woken in memory, ADR 0035).
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
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
