using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Persistence.Configurations;
using Npgsql;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>Every change of stock here also records its products for cache invalidation once the transaction commits.</summary>
internal sealed class StockLedger(OrdersDbContext context, ProductCacheInvalidations invalidations) : IStockLedger
{
    private const string Table = $"{OrdersModuleInfo.Schema}.{ProductConfiguration.TableName}";

    public async Task<IReadOnlyList<Guid>> FindUnknownAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var known = await OrdersSql.IdsAsync(context, $"SELECT id FROM {Table} WHERE id = ANY(@ids)", parameters => parameters.AddWithValue("ids", productIds.ToArray()), cancellationToken);
        return [.. productIds.Except(known)];
    }

    public async Task<IReadOnlyList<ReservedLine>?> QuoteAsync(IReadOnlyList<RequestedLine> lines, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"SELECT id, sku, name, price, stock FROM {Table} WHERE id = ANY($1)", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = lines.Select(line => line.ProductId).ToArray() });
        var products = new Dictionary<Guid, (string Sku, string Name, decimal Price, int Stock)>(lines.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                products[reader.GetGuid(0)] = (reader.GetString(1), reader.GetString(2), reader.GetDecimal(3), reader.GetInt32(4));
            }
        }

        var quoted = new List<ReservedLine>(lines.Count);
        foreach (var line in lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product) || product.Stock < line.Quantity)
            {
                return null;
            }

            quoted.Add(new ReservedLine(line.ProductId, product.Sku, product.Name, product.Price, line.Quantity));
        }

        return quoted;
    }

    public async Task<IReadOnlyList<ReservedLine?>> ReserveAsync(IReadOnlyList<RequestedLine> lines, CancellationToken cancellationToken)
    {
        // One statement per product decides and decrements: its row lock queues concurrent reservations of that
        // product, and each re-reads the committed stock before its WHERE is checked. The statements of a batch
        // run one after the other, so rows are locked in the lines' order (by product id) in a single round trip.
        await using var batch = await OrdersSql.BatchAsync(context, cancellationToken);
        foreach (var line in lines)
        {
            batch.BatchCommands.Add(OrdersSql.BatchCommand(
                $"UPDATE {Table} SET stock = stock - $1 WHERE id = $2 AND stock >= $1 RETURNING sku, name, price", line.Quantity, line.ProductId));
        }

        var reservations = new List<ReservedLine?>(lines.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var line in lines)
        {
            reservations.Add(await reader.ReadAsync(cancellationToken)
                ? new ReservedLine(line.ProductId, reader.GetString(0), reader.GetString(1), reader.GetDecimal(2), line.Quantity)
                : null);
            await reader.NextResultAsync(cancellationToken);
        }

        await invalidations.RecordAsync(reservations.OfType<ReservedLine>().Select(line => line.ProductId));
        return reservations;
    }

    public async Task<string?> SkuOfAsync(Guid productId, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"SELECT sku FROM {Table} WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", productId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task RestoreAsync(IEnumerable<RequestedLine> lines, CancellationToken cancellationToken)
    {
        var merged = RequestedLine.Merge(lines);
        // One round trip while the order's and the products' locks are held; rows are taken in the lines' (id) order.
        await using var batch = await OrdersSql.BatchAsync(context, cancellationToken);
        foreach (var line in merged)
        {
            // Saturating: a stock an admin raised meanwhile plus what comes back must not overflow the 32-bit column.
            batch.BatchCommands.Add(OrdersSql.BatchCommand(
                $"UPDATE {Table} SET stock = LEAST(stock::bigint + $1, {int.MaxValue})::integer WHERE id = $2", line.Quantity, line.ProductId));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await invalidations.RecordAsync(merged.Select(line => line.ProductId));
    }
}
