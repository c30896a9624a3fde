using System.Globalization;
using Modular.Testing;
using Npgsql;

namespace Modular.Bench;

internal static class BenchDatabase
{
    public static async Task<double> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToDouble(await command.ExecuteScalarAsync() ?? 0d, CultureInfo.InvariantCulture);
    }
}
