using Modular.Shared.Infrastructure.Inbox;
using Npgsql;

namespace Modular.Host.Platform.Messaging.Housekeeping;

internal sealed class InboxStore(string schema)
{
    private readonly string _table = $"\"{schema}\".\"{InboxMessageConfiguration.TableName}\"";

    /// <summary>
    /// Forgets applied events older than the retention period. A broker redelivers within minutes, so a
    /// retention of weeks keeps every realistic duplicate detectable while the table stays small.
    /// </summary>
    public async Task<int> PurgeAsync(NpgsqlConnection connection, TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {_table} WHERE processed_at < now() - @retention", connection);
        command.Parameters.AddWithValue("retention", retention);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
