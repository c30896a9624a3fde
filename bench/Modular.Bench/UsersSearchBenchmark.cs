using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Modular.Testing;
using Npgsql;

namespace Modular.Bench;

/// <summary>
/// Seeds <c>profiles</c> active profiles, then shows PostgreSQL's plan and execution time for the admin list's queries
/// exactly as the Users module sends them (count and page, with and without a search). Removes its rows afterwards.
/// </summary>
internal static class UsersSearchBenchmark
{
    private const string Marker = "@bench-search.invalid";
    private const string Filter = "u.deleted_at IS NULL AND (lower(u.name) LIKE $1 ESCAPE '\\' OR u.normalized_email LIKE $2 ESCAPE '\\')";
    private const string Columns = "u.id, u.name, u.email, u.created_at, u.updated_at";

    public static async Task RunAsync(int profiles)
    {
        // Starting the host applies the migrations, trigram indexes included.
        await using (var factory = new BenchHostFactory())
        {
            _ = factory.Services.GetRequiredService<IServiceProvider>();
        }

        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DELETE FROM users.user_profiles WHERE normalized_email LIKE '%{Marker}'");
        var seeding = Stopwatch.StartNew();
        await ExecuteAsync(connection, $"""
            INSERT INTO users.user_profiles (id, name, email, normalized_email, created_at, updated_at)
            SELECT gen_random_uuid(), 'Person ' || md5(i::text), 'user' || i || '.' || substr(md5(i::text), 1, 8) || '{Marker}',
                   'user' || i || '.' || substr(md5(i::text), 1, 8) || '{Marker}', now() - (i || ' seconds')::interval, now()
            FROM generate_series(1, {profiles}) AS i
            """);
        await ExecuteAsync(connection, "ANALYZE users.user_profiles");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"users-search: seeded {profiles} profiles in {seeding.Elapsed.TotalSeconds:0.0} s"));

        try
        {
            // A term matching one profile by name (its md5) and one matching a handful by email.
            var term = await ScalarAsync(connection, $"SELECT substr(md5('4242'), 3, 10)");
            foreach (var search in new[] { term, "user4242." })
            {
                var pattern = $"%{search}%";
                await ExplainAsync(connection, $"count, search '{search}'", $"SELECT count(*) FROM users.user_profiles AS u WHERE {Filter}", pattern);
                await ExplainAsync(connection, $"page, search '{search}'", $"SELECT {Columns} FROM users.user_profiles AS u WHERE {Filter} ORDER BY u.created_at, u.id LIMIT 20 OFFSET 0", pattern);
            }

            await ExplainAsync(connection, "page 100, no search", $"SELECT {Columns} FROM users.user_profiles AS u WHERE u.deleted_at IS NULL ORDER BY u.created_at, u.id LIMIT 20 OFFSET 1980", null);
            await ExplainAsync(connection, "count, no search", "SELECT count(*) FROM users.user_profiles AS u WHERE u.deleted_at IS NULL", null);
        }
        finally
        {
            await ExecuteAsync(connection, $"DELETE FROM users.user_profiles WHERE normalized_email LIKE '%{Marker}'");
        }
    }

    private static async Task ExplainAsync(NpgsqlConnection connection, string label, string sql, string? pattern)
    {
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}", connection);
        if (pattern is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = pattern });
            command.Parameters.Add(new NpgsqlParameter { Value = pattern });
        }

        Console.WriteLine($"--- {label}");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
