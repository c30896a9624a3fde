using Modular.Shared.Infrastructure.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>The relay's SQL against one module's <c>outbox_messages</c> table.</summary>
internal sealed class OutboxStore(string schema)
{
    private readonly string _table = $"\"{schema}\".\"{OutboxMessageConfiguration.TableName}\"";

    /// <summary>Locks the oldest pending rows; rows another relay holds are skipped, never waited for.</summary>
    public async Task<List<PendingOutboxMessage>> LockPendingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int batchSize, int maxAttempts, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
             SELECT id, type, content::text, created_at, trace_parent FROM {_table}
             WHERE processed_at IS NULL AND attempts < @max_attempts
             ORDER BY sequence
             LIMIT @batch_size
             FOR UPDATE SKIP LOCKED
             """,
            connection,
            transaction);
        command.Parameters.AddWithValue("max_attempts", maxAttempts);
        command.Parameters.AddWithValue("batch_size", batchSize);

        var rows = new List<PendingOutboxMessage>(batchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingOutboxMessage(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4)));
        }

        return rows;
    }

    public async Task MarkProcessedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            $"UPDATE {_table} SET processed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY(@ids)",
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordFailureAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, string error, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"UPDATE {_table} SET attempts = attempts + 1, last_error = left(@error, 2000) WHERE id = @id",
            connection,
            transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> CountPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {_table} WHERE processed_at IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<int> PurgeProcessedAsync(NpgsqlConnection connection, TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {_table} WHERE processed_at IS NOT NULL AND processed_at < now() - @retention",
            connection);
        command.Parameters.AddWithValue("retention", retention);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
