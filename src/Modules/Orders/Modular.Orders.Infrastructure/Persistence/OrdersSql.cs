using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>Plain SQL on the DbContext's own connection, so it runs inside the same transaction as EF's changes.</summary>
internal static class OrdersSql
{
    public static async Task<NpgsqlCommand> CommandAsync(OrdersDbContext context, string sql, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)context.Database.GetDbConnection());
        if (context.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction transaction)
        {
            command.Transaction = transaction;
        }

        return command;
    }

    public static async Task<NpgsqlBatch> BatchAsync(OrdersDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var batch = new NpgsqlBatch((NpgsqlConnection)context.Database.GetDbConnection());
        if (context.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction transaction)
        {
            batch.Transaction = transaction;
        }

        return batch;
    }

    /// <summary>One statement of a batch with positional parameters ($1, $2, ...); timestamps are sent as <c>timestamptz</c>.</summary>
    public static NpgsqlBatchCommand BatchCommand(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value is DateTimeOffset at ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = at } : new NpgsqlParameter { Value = value });
        }

        return command;
    }

    public static async Task<List<Guid>> IdsAsync(OrdersDbContext context, string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(context, sql, cancellationToken);
        parameters(command.Parameters);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
