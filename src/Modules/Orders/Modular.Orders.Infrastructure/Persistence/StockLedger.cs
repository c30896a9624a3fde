using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Persistence.Configurations;
using Npgsql;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>
/// Every change of stock here also records its products for cache invalidation once the transaction commits. Quotes come
/// from the terms this process has seen (<see cref="ProductTermsMemory"/>) where it can, and every read of a product's row
/// refreshes them.
/// </summary>
internal sealed class StockLedger(OrdersDbContext context, ProductCacheInvalidations invalidations, ProductTermsMemory terms) : IStockLedger
{
    private const string Table = $"{OrdersModuleInfo.Schema}.{ProductConfiguration.TableName}";

    public async Task<IReadOnlyList<Guid>> FindUnknownAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var known = await OrdersSql.IdsAsync(context, $"SELECT id FROM {Table} WHERE id = ANY(@ids)", parameters => parameters.AddWithValue("ids", productIds.ToArray()), cancellationToken);
        var unknown = productIds.Except(known).ToList();
        foreach (var gone in unknown)
        {
            terms.Forget(gone);
        }

        return unknown;
    }

    public async Task<IReadOnlyList<ReservedLine>?> QuoteAsync(IReadOnlyList<RequestedLine> lines, CancellationToken cancellationToken)
    {
        var quoted = new ReservedLine[lines.Count];
        List<int>? unseen = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (terms.TryGet(line.ProductId, out var known))
            {
                quoted[index] = new ReservedLine(line.ProductId, known.Sku, known.Name, known.Price, line.Quantity);
            }
            else
            {
                (unseen ??= []).Add(index);
            }
        }

        return unseen is null || await QuoteFromRowsAsync(lines, unseen, quoted, cancellationToken) ? quoted : null;
    }

    public async Task<IReadOnlyList<ReservedLine?>> ReserveAsync(IReadOnlyList<RequestedLine> lines, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        // One statement per product decides and decrements: its row lock queues concurrent reservations of that
        // product, and each re-reads the committed stock before its WHERE is checked. The statements of a batch
        // run one after the other, so rows are locked in the lines' order (by product id) in a single round trip.
        await using var batch = await OrdersSql.BatchAsync(context, cancellationToken);
        foreach (var line in lines)
        {
            batch.BatchCommands.Add(OrdersSql.BatchCommand(
                $"UPDATE {Table} SET stock = stock - $1, updated_at = GREATEST(updated_at, $3) WHERE id = $2 AND stock >= $1 RETURNING sku, name, price",
                line.Quantity,
                line.ProductId,
                changedAt));
        }

        var reservations = new List<ReservedLine?>(lines.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var line in lines)
        {
            ReservedLine? reserved = null;
            if (await reader.ReadAsync(cancellationToken))
            {
                var read = new ProductTerms(reader.GetString(0), reader.GetString(1), reader.GetDecimal(2));
                terms.Remember(line.ProductId, read);
                reserved = new ReservedLine(line.ProductId, read.Sku, read.Name, read.Price, line.Quantity);
            }
            else
            {
                // Unknown or short now: whatever this process remembered of it is not worth quoting from.
                terms.Forget(line.ProductId);
            }

            reservations.Add(reserved);
            await reader.NextResultAsync(cancellationToken);
        }

        await invalidations.RecordAsync(reservations.OfType<ReservedLine>().Select(line => line.ProductId));
        return reservations;
    }

    /// <summary>Fills the quote of the lines at <paramref name="unseen"/> from their rows; false when one is unknown or short.</summary>
    private async Task<bool> QuoteFromRowsAsync(IReadOnlyList<RequestedLine> lines, List<int> unseen, ReservedLine[] quoted, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"SELECT id, sku, name, price, stock FROM {Table} WHERE id = ANY($1)", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = unseen.Select(index => lines[index].ProductId).ToArray() });
        var rows = new Dictionary<Guid, (ProductTerms Terms, int Stock)>(unseen.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                var read = new ProductTerms(reader.GetString(1), reader.GetString(2), reader.GetDecimal(3));
                rows[id] = (read, reader.GetInt32(4));
                terms.Remember(id, read);
            }
        }

        foreach (var index in unseen)
        {
            var line = lines[index];
            if (!rows.TryGetValue(line.ProductId, out var row) || row.Stock < line.Quantity)
            {
                return false;
            }

            quoted[index] = new ReservedLine(line.ProductId, row.Terms.Sku, row.Terms.Name, row.Terms.Price, line.Quantity);
        }

        return true;
    }

    public async Task<string?> SkuOfAsync(Guid productId, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"SELECT sku FROM {Table} WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", productId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task RestoreAsync(IEnumerable<RequestedLine> lines, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var merged = RequestedLine.Merge(lines);
        // One round trip while the order's and the products' locks are held; rows are taken in the lines' (id) order.
        await using var batch = await OrdersSql.BatchAsync(context, cancellationToken);
        foreach (var line in merged)
        {
            // Saturating: a stock an admin raised meanwhile plus what comes back must not overflow the 32-bit column.
            batch.BatchCommands.Add(OrdersSql.BatchCommand(
                $"UPDATE {Table} SET stock = LEAST(stock::bigint + $1, {int.MaxValue})::integer, updated_at = GREATEST(updated_at, $3) WHERE id = $2",
                line.Quantity,
                line.ProductId,
                changedAt));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await invalidations.RecordAsync(merged.Select(line => line.ProductId));
    }
}
