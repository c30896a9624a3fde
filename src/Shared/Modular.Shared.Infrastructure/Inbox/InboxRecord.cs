using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>Records a batch of events in a module's inbox in one statement.</summary>
internal static class InboxRecord
{
    /// <summary>
    /// Inserts every event not recorded yet and answers their ids; a concurrent duplicate blocks on the primary key until
    /// the first commits. Ids go in sorted, so two instances recording the same redelivered events take the keys in the
    /// same order.
    /// </summary>
    public static async Task<HashSet<Guid>> NewAsync(
        DbContext context,
        string consumer,
        IEnumerable<(Guid EventId, string EventType)> events,
        DateTimeOffset processedAt,
        CancellationToken cancellationToken)
    {
        var distinct = events.DistinctBy(recorded => recorded.EventId).OrderBy(recorded => recorded.EventId).ToList();
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {InboxTable.Of(context)} (event_id, consumer, type, processed_at) " +
            "SELECT event.id, @consumer, event.type, @processedAt FROM unnest(@ids, @types) AS event(id, type) " +
            "ON CONFLICT DO NOTHING RETURNING event_id",
            (NpgsqlConnection)context.Database.GetDbConnection(),
            (NpgsqlTransaction)context.Database.CurrentTransaction!.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = distinct.Select(recorded => recorded.EventId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = distinct.Select(recorded => recorded.EventType).ToArray() });
        command.Parameters.AddWithValue("consumer", consumer);
        command.Parameters.AddWithValue("processedAt", NpgsqlDbType.TimestampTz, processedAt);
        var recorded = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            recorded.Add(reader.GetGuid(0));
        }

        return recorded;
    }
}
