using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Idempotency;
using Modular.Orders.Infrastructure.Persistence.Configurations;
using Modular.Shared.Infrastructure.Outbox;
using Npgsql;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>
/// One batch without an explicit transaction: PostgreSQL runs the statements of one round trip as one implicit
/// transaction, and the first statement that fails rolls all of them back (ADR 0031). A line whose stock no longer
/// suffices, or whose product changed since its quote, inserts its item with no product id: that not-null violation is
/// the refusal. The stock rows are taken last, in product id order, so their locks are held only for the end of the batch
/// and its commit, inside PostgreSQL, never across a round trip.
/// </summary>
internal sealed class OrderPlacement(OrdersDbContext context, IdempotencyStore idempotency, OutboxWriter outbox, ProductCacheInvalidations invalidations)
    : IOrderPlacement
{
    private const string Schema = OrdersModuleInfo.Schema;
    private const string ItemsTable = OrderItemConfiguration.TableName;

    private static readonly string Pending = OrderStatusNames.Of(OrderStatus.Pending);

    public async Task<bool> TryPlaceAtOnceAsync(Order order, OrderResponse response, string? idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        await using var batch = await OrdersSql.BatchAsync(context, cancellationToken);
        if (idempotencyKey is not null)
        {
            foreach (var command in idempotency.StoreAnswerCommands(order.UserId, idempotencyKey, requestHash, response))
            {
                batch.BatchCommands.Add(command);
            }
        }

        batch.BatchCommands.Add(OrdersSql.BatchCommand(
            $"INSERT INTO {Schema}.{OrderConfiguration.TableName} (id, user_id, status, total, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)",
            order.Id,
            order.UserId,
            Pending,
            order.Total,
            order.CreatedAt,
            order.UpdatedAt));
        batch.BatchCommands.Add(outbox.InsertCommand(context, [order])
            ?? throw new InvalidOperationException("A placed order raises its order-placed event."));
        foreach (var item in order.Items.OrderBy(item => item.ProductId))
        {
            batch.BatchCommands.Add(ReserveAndInsert(item, order.CreatedAt));
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (IsRefusal(exception) || IdempotencyStore.IsKeyTaken(exception) || TransientConflict.Is(exception))
        {
            return false;
        }

        outbox.Written(context);
        await invalidations.RecordAsync(order.Items.Select(item => item.ProductId));
        return true;
    }

    /// <summary>
    /// Takes the line's stock if it suffices and the product is as quoted (its <c>updatedAt</c> moving to the placement's,
    /// never backwards), and stores the item with that product's id.
    /// </summary>
    private static NpgsqlBatchCommand ReserveAndInsert(OrderItem item, DateTimeOffset placedAt) => OrdersSql.BatchCommand(
        $"WITH reserved AS (UPDATE {Schema}.{ProductConfiguration.TableName} SET stock = stock - $3, updated_at = GREATEST(updated_at, $8) " +
        "WHERE id = $2 AND stock >= $3 AND sku = $4 AND name = $5 AND price = $6 RETURNING id) " +
        $"INSERT INTO {Schema}.{ItemsTable} (order_id, product_id, sku, name, quantity, unit_price, line_total) " +
        "VALUES ($1, (SELECT id FROM reserved), $4, $5, $3, $6, $7)",
        item.OrderId,
        item.ProductId,
        item.Quantity,
        item.Sku,
        item.Name,
        item.UnitPrice,
        item.LineTotal,
        placedAt);

    private static bool IsRefusal(PostgresException exception) =>
        exception is { SqlState: PostgresErrorCodes.NotNullViolation, TableName: ItemsTable, ColumnName: "product_id" };
}
