using Npgsql;

namespace Modular.FaultTests.Books;

/// <summary>Reads the books of a scenario straight from PostgreSQL (bypassing the host and any forwarder).</summary>
internal sealed class Ledger(string connectionString)
{
    private static readonly Dictionary<string, string> ExchangeOfType = new()
    {
        ["Modular.Orders.IntegrationEvents.OrderPlaced, Modular.Orders.IntegrationEvents"] = "orders.order-placed",
        ["Modular.Orders.IntegrationEvents.OrderConfirmed, Modular.Orders.IntegrationEvents"] = "orders.order-confirmed",
        ["Modular.Orders.IntegrationEvents.OrderCancelled, Modular.Orders.IntegrationEvents"] = "orders.order-cancelled",
    };

    private static readonly string[] Schemas = ["identity", "users", "orders", "notifications"];

    /// <summary>
    /// Every figure from one snapshot (a repeatable-read transaction): read statement by statement, a row the relay marks
    /// between two reads was unrelayed in one and relayed in the other, and the settled books contradicted themselves.
    /// </summary>
    public async Task<BooksSnapshot> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var orders = await ListAsync(
            connection,
            """
            SELECT o.id, o.user_id, o.status, o.total,
                   coalesce((SELECT sum(i.line_total) FROM orders.order_items i WHERE i.order_id = o.id), 0),
                   (SELECT count(*)::int FROM orders.order_items i WHERE i.order_id = o.id)
            FROM orders.orders o
            """,
            reader => new OrderRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetInt32(5)));
        var items = await ListAsync(
            connection, "SELECT order_id, product_id, quantity FROM orders.order_items", reader => (reader.GetGuid(0), reader.GetGuid(1), reader.GetInt32(2)));
        var stock = (await ListAsync(connection, "SELECT id, stock FROM orders.products", reader => (reader.GetGuid(0), reader.GetInt32(1))))
            .ToDictionary(row => row.Item1, row => row.Item2);
        var keys = (await ListAsync(
            connection,
            "SELECT user_id, key, status_code, (response->>'id')::uuid FROM orders.idempotency_keys",
            reader => (reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? (int?)null : reader.GetInt32(2), reader.IsDBNull(3) ? (Guid?)null : reader.GetGuid(3))))
            .ToDictionary(row => (row.Item1, row.Item2), row => (row.Item3, row.Item4));
        var events = (await ListAsync(
            connection,
            "SELECT id, type, (content->>'orderId')::uuid, processed_at IS NOT NULL, attempts FROM orders.outbox_messages",
            reader => (reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetBoolean(3), reader.GetInt32(4))))
            .Where(row => ExchangeOfType.ContainsKey(row.Item2))
            .Select(row => new OutboxRow(row.Item1, ExchangeOfType[row.Item2], row.Item3, row.Item4, row.Item5))
            .ToList();
        var unrelayed = 0;
        foreach (var schema in Schemas)
        {
            unrelayed += await ScalarAsync(connection, $"SELECT count(*)::int FROM {schema}.outbox_messages WHERE processed_at IS NULL");
        }

        return new BooksSnapshot(
            orders,
            items,
            stock,
            keys,
            events,
            unrelayed,
            await ScalarAsync(connection, "SELECT count(*)::int FROM identity.user_accounts"),
            await ScalarAsync(connection, "SELECT count(*)::int FROM users.user_profiles"),
            await ScalarAsync(connection, "SELECT count(*)::int FROM notifications.inbox_messages"));
    }

    /// <summary>Runs a statement as the database's owner (e.g. a trigger that makes one consumer fail).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
