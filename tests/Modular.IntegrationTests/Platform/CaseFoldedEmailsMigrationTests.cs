using Modular.IntegrationTests.Support;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Upgrading a database whose emails were stored lower-cased but not case-folded ("σς" from "ΣΣ", "ϐ", "ſ", "µ"): each
/// module's CaseFoldedEmails migration gives every address its folded form, except where that would make two active
/// accounts or profiles one address: then the one that holds the form, or else the oldest, has it, and the others keep
/// their spelling for an operator (ADR 0020). The rows are written as an older version wrote them, then the migration runs
/// again over them as an upgrade would.
/// </summary>
public sealed class CaseFoldedEmailsMigrationTests
{
    [Fact]
    public async Task Stored_emails_are_folded_and_collisions_keep_their_spelling()
    {
        var database = $"modular_fold_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = database }.ConnectionString;
        await ExecuteAsync(TestEnvironment.Postgres, $"CREATE DATABASE {database}");
        try
        {
            Migrate(connectionString);
            var older = new[]
            {
                // (email, minutes after the first, active): σσ-a is already held, so σς-a keeps its spelling
                ("\u03c3\u03c3-a@fold.test", 1, true),
                ("\u03c3\u03c2-a@fold.test", 0, true),
                // neither holds σσ-b: the oldest takes it
                ("\u03c2\u03c3-b@fold.test", 2, true),
                ("\u03c3\u03c2-b@fold.test", 3, true),
                // alone: folded
                ("\u03d0eta@fold.test", 4, true),
                ("\u017fam-\u00b5@fold.test", 5, true),
                // inactive rows are folded whatever they collide with (the unique indexes cover active rows only)
                ("\u03c3\u03c2-a@fold.test", 6, false),
            };
            await SeedAsync(connectionString, older);
            await ExecuteAsync(
                connectionString,
                "DELETE FROM identity.__ef_migrations_history WHERE migration_id LIKE '%_CaseFoldedEmails';" +
                "DELETE FROM users.__ef_migrations_history WHERE migration_id LIKE '%_CaseFoldedEmails';");

            Migrate(connectionString);

            string[] expected =
            [
                "\u03c3\u03c2-a@fold.test", "\u03c3\u03c3-a@fold.test", "\u03c3\u03c3-b@fold.test", "\u03c3\u03c2-b@fold.test",
                "\u03b2eta@fold.test", "sam-\u03bc@fold.test", "\u03c3\u03c3-a@fold.test",
            ];
            Assert.Equal(expected, await EmailsAsync(connectionString, "SELECT email FROM identity.user_accounts ORDER BY created_at"));
            Assert.Equal(expected, await EmailsAsync(connectionString, "SELECT email FROM users.user_profiles ORDER BY created_at"));
            Assert.Equal(expected, await EmailsAsync(connectionString, "SELECT normalized_email FROM users.user_profiles ORDER BY created_at"));
        }
        finally
        {
            await ExecuteAsync(TestEnvironment.Postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static void Migrate(string connectionString)
    {
        var logs = new CapturedLogs();
        using var root = new ModularApiFactory();
        using var factory = PlatformHosts.Create(root, "Testing", logs, ("ConnectionStrings:Postgres", connectionString));
        _ = factory.Services;
    }

    private static async Task SeedAsync(string connectionString, (string Email, int Minutes, bool Active)[] rows)
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (email, minutes, active) in rows)
        {
            var at = start.AddMinutes(minutes);
            var id = Guid.CreateVersion7(at);
            // Both modules' copies of one user, as an older version wrote them: the same id, address, instant and state.
            foreach (var sql in new[]
            {
                "INSERT INTO identity.user_accounts (id, name, email, password_hash, roles, roles_version, created_at, updated_at, disabled_at) " +
                "VALUES ($1, 'Fold', $2, 'x', ARRAY['user'], 1, $3, $3, $4)",
                "INSERT INTO users.user_profiles (id, name, email, normalized_email, created_at, updated_at, deleted_at) " +
                "VALUES ($1, 'Fold', $2, $2, $3, $3, $4)",
            })
            {
                await using var insert = new NpgsqlCommand(sql, connection);
                insert.Parameters.Add(new() { Value = id });
                insert.Parameters.Add(new() { Value = email });
                insert.Parameters.Add(new() { Value = at });
                insert.Parameters.Add(new() { Value = active ? DBNull.Value : at });
                await insert.ExecuteNonQueryAsync();
            }
        }
    }

    private static async Task<string[]> EmailsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var emails = new List<string>();
        while (await reader.ReadAsync())
        {
            emails.Add(reader.GetString(0));
        }

        return [.. emails];
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
