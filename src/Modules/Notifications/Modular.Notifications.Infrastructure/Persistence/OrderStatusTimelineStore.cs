using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>
/// Timelines in plain SQL on the DbContext's connection and transaction: one round trip to lock a batch's orders, one to
/// save what they told.
/// </summary>
internal sealed class OrderStatusTimelineStore(NotificationsDbContext context, TimeProvider clock) : IOrderStatusTimelines
{
    private const string Table = $"\"{NotificationsModuleInfo.Schema}\".\"{OrderStatusTimelineConfiguration.TableName}\"";

    public async Task<IReadOnlyDictionary<Guid, OrderStatusTimeline>> LockAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken)
    {
        // In id order, so two transactions never wait on each other in a cycle. The insert gives an order met for the
        // first time a row to lock: another batch meeting it meanwhile waits on that row until this one commits, then
        // reads what it told.
        var ids = orderIds.Distinct().Order().ToArray();
        await using var batch = await BatchAsync(cancellationToken);
        batch.BatchCommands.Add(Command(
            $"INSERT INTO {Table} (order_id, told, updated_at) SELECT id, NULL, $2 FROM unnest($1::uuid[]) AS id ON CONFLICT (order_id) DO NOTHING",
            Ids(ids),
            Timestamp(clock.GetUtcNow())));
        batch.BatchCommands.Add(Command($"SELECT order_id, told FROM {Table} WHERE order_id = ANY($1) ORDER BY order_id FOR UPDATE", Ids(ids)));
        var timelines = new Dictionary<Guid, OrderStatusTimeline>(ids.Length);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var orderId = reader.GetGuid(0);
            var told = await reader.IsDBNullAsync(1, cancellationToken) ? (OrderStatus?)null : OrderStatusColumn.FromText(reader.GetString(1));
            timelines[orderId] = OrderStatusTimeline.Resume(orderId, told);
        }

        return timelines;
    }

    public async Task SaveAsync(IReadOnlyCollection<OrderStatusTimeline> timelines, CancellationToken cancellationToken)
    {
        if (timelines.Count == 0)
        {
            return;
        }

        await using var batch = await BatchAsync(cancellationToken);
        batch.BatchCommands.Add(Command(
            $"UPDATE {Table} AS timeline SET told = saved.told, updated_at = $3 FROM unnest($1::uuid[], $2::text[]) AS saved(order_id, told) " +
            "WHERE timeline.order_id = saved.order_id",
            Ids([.. timelines.Select(timeline => timeline.OrderId)]),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = timelines.Select(Told).ToArray() },
            Timestamp(clock.GetUtcNow())));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Told(OrderStatusTimeline timeline) => timeline.Told is { } told ? OrderStatusColumn.ToText(told) : null;

    private static NpgsqlParameter Ids(Guid[] ids) => new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = ids };

    private static NpgsqlParameter Timestamp(DateTimeOffset at) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = at };

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private async Task<NpgsqlBatch> BatchAsync(CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        return new NpgsqlBatch((NpgsqlConnection)context.Database.GetDbConnection())
        {
            Transaction = context.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction,
        };
    }
}
