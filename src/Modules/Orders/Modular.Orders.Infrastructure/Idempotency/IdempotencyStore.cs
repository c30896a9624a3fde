using System.Text.Json;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Infrastructure.Persistence;
using NpgsqlTypes;

namespace Modular.Orders.Infrastructure.Idempotency;

internal sealed class IdempotencyStore(OrdersDbContext context, OrdersOptions options, TimeProvider time) : IIdempotencyStore
{
    private const string Table = $"{OrdersModuleInfo.Schema}.{IdempotencyRecordConfiguration.TableName}";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IdempotencyClaim> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        // An expired key is forgotten first, so it starts afresh even before the cleanup job has run.
        await using (var expire = await OrdersSql.CommandAsync(context, $"DELETE FROM {Table} WHERE user_id = @user AND key = @key AND created_at < @cutoff", cancellationToken))
        {
            AddKey(expire, userId, key);
            expire.Parameters.AddWithValue("cutoff", NpgsqlDbType.TimestampTz, Cutoff());
            await expire.ExecuteNonQueryAsync(cancellationToken);
        }

        // A racing request with the same key blocks on the primary key here until the first one's transaction ends.
        await using (var insert = await OrdersSql.CommandAsync(
            context,
            $"INSERT INTO {Table} (user_id, key, request_hash, created_at) VALUES (@user, @key, @hash, @now) ON CONFLICT (user_id, key) DO NOTHING",
            cancellationToken))
        {
            AddKey(insert, userId, key);
            insert.Parameters.AddWithValue("hash", requestHash);
            insert.Parameters.AddWithValue("now", NpgsqlDbType.TimestampTz, time.GetUtcNow());
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return IdempotencyClaim.Claimed;
            }
        }

        await using var select = await OrdersSql.CommandAsync(context, $"SELECT request_hash, response FROM {Table} WHERE user_id = @user AND key = @key", cancellationToken);
        AddKey(select, userId, key);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(1))
        {
            // Only committed rows conflict, and they always hold an answer; reaching here means a concurrent purge.
            throw new InvalidOperationException("The Idempotency-Key row vanished while it was being read.");
        }

        return reader.GetString(0) != requestHash
            ? IdempotencyClaim.Mismatch
            : IdempotencyClaim.Replay(JsonSerializer.Deserialize<OrderResponse>(reader.GetString(1), Json)!);
    }

    public async Task CompleteAsync(Guid userId, string key, OrderResponse response, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"UPDATE {Table} SET status_code = 201, response = @response WHERE user_id = @user AND key = @key", cancellationToken);
        AddKey(command, userId, key);
        command.Parameters.AddWithValue("response", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(response, Json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"DELETE FROM {Table} WHERE created_at < @cutoff", cancellationToken);
        command.Parameters.AddWithValue("cutoff", NpgsqlDbType.TimestampTz, cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DateTimeOffset Cutoff() => time.GetUtcNow().AddHours(-options.IdempotencyKeyHours);

    private static void AddKey(Npgsql.NpgsqlCommand command, Guid userId, string key)
    {
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("key", key);
    }
}
