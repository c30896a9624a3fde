using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Persistence.Configurations;

namespace Modular.Orders.Infrastructure.Persistence;

internal sealed class StockLedger(OrdersDbContext context) : IStockLedger
{
    private const string Table = $"{OrdersModuleInfo.Schema}.{ProductConfiguration.TableName}";

    public async Task<IReadOnlyList<Guid>> FindUnknownAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var known = await OrdersSql.IdsAsync(context, $"SELECT id FROM {Table} WHERE id = ANY(@ids)", parameters => parameters.AddWithValue("ids", productIds.ToArray()), cancellationToken);
        return [.. productIds.Except(known)];
    }

    public async Task<ReservedLine?> TryReserveAsync(Guid productId, int quantity, CancellationToken cancellationToken)
    {
        // One statement decides and decrements: the row lock it takes makes concurrent reservations of this product queue,
        // and each re-reads the committed stock before its WHERE is checked.
        await using var command = await OrdersSql.CommandAsync(
            context,
            $"UPDATE {Table} SET stock = stock - @quantity WHERE id = @id AND stock >= @quantity RETURNING sku, name, price",
            cancellationToken);
        command.Parameters.AddWithValue("id", productId);
        command.Parameters.AddWithValue("quantity", quantity);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ReservedLine(productId, reader.GetString(0), reader.GetString(1), reader.GetDecimal(2), quantity)
            : null;
    }

    public async Task<string?> SkuOfAsync(Guid productId, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, $"SELECT sku FROM {Table} WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", productId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task RestoreAsync(IEnumerable<RequestedLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in RequestedLine.Merge(lines))
        {
            await using var command = await OrdersSql.CommandAsync(context, $"UPDATE {Table} SET stock = stock + @quantity WHERE id = @id", cancellationToken);
            command.Parameters.AddWithValue("id", line.ProductId);
            command.Parameters.AddWithValue("quantity", line.Quantity);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
