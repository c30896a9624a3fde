using Modular.Testing;
using Modular.Testing.Probe;
using Npgsql;

namespace Modular.IntegrationTests.Messaging;

/// <summary>Creates the probe schema afresh for a test run, and reads what the tests assert on.</summary>
public sealed class ProbeDatabase : IAsyncLifetime
{
    public Task InitializeAsync() => ProbeSchema.RecreateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static Task<long> ReceiptsAsync(Guid itemId) =>
        ScalarAsync("SELECT count(*) FROM probe.probe_receipt WHERE item_id = @id", itemId);

    public static Task<long> ReceiptsAsync(IReadOnlyCollection<Guid> itemIds) =>
        ScalarAsync("SELECT count(*) FROM probe.probe_receipt WHERE item_id = ANY(@id)", itemIds.ToArray());

    public static Task<long> DistinctReceiptsAsync(IReadOnlyCollection<Guid> itemIds) =>
        ScalarAsync("SELECT count(DISTINCT item_id) FROM probe.probe_receipt WHERE item_id = ANY(@id)", itemIds.ToArray());

    public static Task<long> OutboxRowsAsync(Guid itemId) =>
        ScalarAsync("SELECT count(*) FROM probe.outbox_messages WHERE (content->>'itemId')::uuid = @id", itemId);

    public static Task<long> UnrelayedAsync(IReadOnlyCollection<Guid> itemIds) =>
        ScalarAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL AND (content->>'itemId')::uuid = ANY(@id)", itemIds.ToArray());

    /// <summary>The item's unrelayed outbox rows that a relay holds locked: their batch is being published.</summary>
    public static Task<long> InFlightAsync(Guid itemId) =>
        ScalarAsync(
            """
            SELECT (SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL AND (content->>'itemId')::uuid = @id)
                 - (SELECT count(*) FROM (SELECT id FROM probe.outbox_messages WHERE processed_at IS NULL AND (content->>'itemId')::uuid = @id
                                          FOR UPDATE SKIP LOCKED) AS free)
            """,
            itemId);

    /// <summary>Attempts counted on the item's outbox rows: one per publication the relay tried, confirmed or not.</summary>
    public static Task<long> PublishAttemptsAsync(Guid itemId) =>
        ScalarAsync("SELECT coalesce(sum(attempts), 0) FROM probe.outbox_messages WHERE (content->>'itemId')::uuid = @id", itemId);

    public static Task<long> InboxRowsAsync(Guid eventId) =>
        ScalarAsync("SELECT count(*) FROM probe.inbox_messages WHERE event_id = @id", eventId);

    public static Task<long> ItemsAsync(Guid itemId) =>
        ScalarAsync("SELECT count(*) FROM probe.probe_item WHERE id = @id", itemId);

    private static async Task<long> ScalarAsync(string sql, object id)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
