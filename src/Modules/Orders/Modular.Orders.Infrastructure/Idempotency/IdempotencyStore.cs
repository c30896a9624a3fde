using System.Text.Json;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Orders.Infrastructure.Idempotency;

internal sealed class IdempotencyStore(OrdersDbContext context, OrdersOptions options, TimeProvider time) : IIdempotencyStore
{
    private const string Table = $"{OrdersModuleInfo.Schema}.{IdempotencyRecordConfiguration.TableName}";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IdempotencyClaim> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        // One round trip, three statements run in order: an expired key is forgotten first (so it starts afresh even
        // before the cleanup job has run); the insert claims the key, or, when a racing request holds it, blocks on the
        // primary key until that one's transaction ends; the select then reads the row this transaction sees: its own
        // claim (no answer yet), or the committed answer of the request that got there first.
        await using var batch = await OrdersSql.BatchAsync(context, cancellationToken);
        batch.BatchCommands.Add(OrdersSql.BatchCommand($"DELETE FROM {Table} WHERE user_id = $1 AND key = $2 AND created_at < $3", userId, key, Cutoff()));
        batch.BatchCommands.Add(OrdersSql.BatchCommand(
            $"INSERT INTO {Table} (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, key) DO NOTHING",
            userId,
            key,
            requestHash,
            time.GetUtcNow()));
        batch.BatchCommands.Add(OrdersSql.BatchCommand($"SELECT request_hash, response FROM {Table} WHERE user_id = $1 AND key = $2", userId, key));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        // Npgsql positions the reader on the first statement that returns rows (the select), past the delete and the
        // insert, whose row counts are then known; the loop only guards that assumption.
        while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken))
        {
        }

        if (batch.BatchCommands[1].RecordsAffected == 1)
        {
            return IdempotencyClaim.Claimed;
        }

        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(1))
        {
            // Only committed rows conflict, and they always hold an answer; reaching here means a concurrent purge.
            throw new InvalidOperationException("The Idempotency-Key row vanished while it was being read.");
        }

        return reader.GetString(0) != requestHash
            ? IdempotencyClaim.Mismatch
            : IdempotencyClaim.Replay(JsonSerializer.Deserialize<OrderResponse>(reader.GetString(1), Json)!);
    }

    public void Complete(Guid userId, string key, string requestHash, OrderResponse response)
    {
        var record = new IdempotencyRecord { UserId = userId, Key = key, RequestHash = requestHash };
        var entry = context.Attach(record);
        record.StatusCode = 201;
        record.Response = JsonSerializer.Serialize(response, Json);
        entry.Property(stored => stored.StatusCode).IsModified = true;
        entry.Property(stored => stored.Response).IsModified = true;
    }

    /// <summary>
    /// Statements for a one-round-trip placement: forget the key if it expired, then store it with its answer. A key that
    /// exists (or that a racing request holds) fails the insert with a unique violation, and with it the whole batch.
    /// </summary>
    public IEnumerable<NpgsqlBatchCommand> StoreAnswerCommands(Guid userId, string key, string requestHash, OrderResponse response)
    {
        yield return OrdersSql.BatchCommand($"DELETE FROM {Table} WHERE user_id = $1 AND key = $2 AND created_at < $3", userId, key, Cutoff());
        yield return OrdersSql.BatchCommand(
            $"INSERT INTO {Table} (user_id, key, request_hash, status_code, response, created_at) VALUES ($1, $2, $3, 201, $4::jsonb, $5)",
            userId,
            key,
            requestHash,
            JsonSerializer.Serialize(response, Json),
            time.GetUtcNow());
    }

    /// <summary>Whether <paramref name="exception"/> is the unique violation of a key that is already stored.</summary>
    public static bool IsKeyTaken(PostgresException exception) =>
        exception is { SqlState: PostgresErrorCodes.UniqueViolation, TableName: IdempotencyRecordConfiguration.TableName };

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"DELETE FROM {Table} WHERE created_at < @cutoff", cancellationToken);
        command.Parameters.AddWithValue("cutoff", NpgsqlDbType.TimestampTz, cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DateTimeOffset Cutoff() => time.GetUtcNow().AddHours(-options.IdempotencyKeyHours);
}
