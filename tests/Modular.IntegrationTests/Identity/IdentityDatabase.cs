using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Identity;

/// <summary>Looks at the identity schema directly, where a test must see what the API does not show.</summary>
internal static class IdentityDatabase
{
    public static Task<long> AccountsWithEmailAsync(string email) =>
        ScalarAsync("SELECT count(*) FROM identity.user_accounts WHERE email = lower($1)", email);

    public static Task<long> RegisteredEventsForEmailAsync(string email) =>
        ScalarAsync("SELECT count(*) FROM identity.outbox_messages WHERE content->>'email' = lower($1)", email);

    public static Task<long> RefreshTokensOfUserAsync(Guid userId) =>
        ScalarAsync("SELECT count(*) FROM identity.refresh_tokens WHERE user_id = $1", userId);

    public static Task<long> InboxEntriesAsync(Guid eventId) =>
        ScalarAsync("SELECT count(*) FROM identity.inbox_messages WHERE event_id = $1", eventId);

    /// <summary>Tokens not revoked in the family of the token whose secret is <paramref name="secret"/> (found by its SHA-256 hash).</summary>
    public static Task<long> UnrevokedRefreshTokensOfFamilyAsync(string secret) =>
        ScalarAsync(
            // No row for the secret answers no row at all (a failure), never a vacuous 0.
            "SELECT (SELECT count(*) FROM identity.refresh_tokens t WHERE t.family_id = f.family_id AND t.revoked_at IS NULL) "
            + "FROM identity.refresh_tokens f WHERE f.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')",
            secret);

    public static Task<long> RefreshTokensMatchingAsync(string secret) =>
        ScalarAsync("SELECT count(*) FROM identity.refresh_tokens WHERE token_hash LIKE '%' || $1 || '%'", secret);

    public static Task<long> PasswordHashesContainingAsync(string text) =>
        ScalarAsync("SELECT count(*) FROM identity.user_accounts WHERE password_hash LIKE '%' || $1 || '%'", text);

    /// <summary>Disables an account in Identity's database alone, as a committed disable whose Redis write was lost leaves it.</summary>
    public static Task DisableAsync(Guid userId) =>
        ExecuteAsync("UPDATE identity.user_accounts SET disabled_at = now(), updated_at = now() WHERE id = $1", userId);

    /// <summary>The cost field of the stored bcrypt hash (<c>$2a$10$...</c>).</summary>
    public static async Task<int> BcryptCostOfAsync(string email)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT password_hash FROM identity.user_accounts WHERE email = lower($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = email });
        var hash = (string)(await command.ExecuteScalarAsync())!;
        Assert.StartsWith("$2", hash);
        return int.Parse(hash.Split('$')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No row: {sql}"));
    }
}
