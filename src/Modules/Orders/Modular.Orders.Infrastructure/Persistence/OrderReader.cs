using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Persistence.Configurations;
using Modular.Shared.Application.Pagination;
using Npgsql;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>
/// The order list in one statement and one round trip: the page of orders through the index on
/// <c>(user_id, created_at DESC, id DESC)</c>, their items, and the count (evaluated once, an index-only scan) come back
/// as flat rows that are shaped into answers here, without change tracking or aggregate materialization. Only a page
/// past the end, which has no row to carry the count, costs a second statement.
/// </summary>
internal sealed class OrderReader(OrdersDbContext context) : IOrderReader
{
    private const string Orders = $"{OrdersModuleInfo.Schema}.{OrderConfiguration.TableName}";
    private const string Items = $"{OrdersModuleInfo.Schema}.{OrderItemConfiguration.TableName}";

    // One statement text per combination of filters (none, user, status, both), built once: each is prepared with a
    // plan for its own shape, and a request builds no SQL.
    private static readonly string[] Filters = ["", "WHERE o.user_id = @user", "WHERE o.status = @status", "WHERE o.user_id = @user AND o.status = @status"];
    private static readonly string[] PageSql = [.. Filters.Select(PageStatement)];
    private static readonly string[] CountSql = [.. Filters.Select(filter => $"SELECT count(*) FROM {Orders} o {filter}")];

    public async Task<PagedResult<OrderResponse>> ListAsync(Guid? userId, OrderStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var shape = Shape(userId, status);
        await using var command = await OrdersSql.CommandAsync(context, PageSql[shape], cancellationToken);
        AddFilterValues(command, userId, status);
        command.Parameters.AddWithValue("limit", page.Limit);
        command.Parameters.AddWithValue("skip", page.Offset);

        var (orders, total) = await ReadAsync(command, cancellationToken);
        if (orders.Count == 0)
        {
            total = await CountAsync(shape, userId, status, cancellationToken);
        }

        return PagedResult<OrderResponse>.Create(orders, page, total);
    }

    private static async Task<(List<OrderResponse> Orders, long Total)> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var orders = new List<OrderResponse>();
        long total = 0;
        Guid? current = null;
        List<OrderItemResponse> items = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (id != current)
            {
                current = id;
                items = [];
                total = reader.GetInt64(6);
                orders.Add(new OrderResponse(
                    id,
                    reader.GetGuid(1),
                    reader.GetString(2),
                    items,
                    reader.GetDecimal(3),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetFieldValue<DateTimeOffset>(5)));
            }

            if (!reader.IsDBNull(7))
            {
                items.Add(new OrderItemResponse(reader.GetGuid(7), reader.GetString(8), reader.GetString(9), reader.GetInt32(10), reader.GetDecimal(11), reader.GetDecimal(12)));
            }
        }

        // Items in the order every answer shows them (OrderResponse.From): by sku, ordinal.
        foreach (var order in orders)
        {
            ((List<OrderItemResponse>)order.Items).Sort((left, right) => string.CompareOrdinal(left.Sku, right.Sku));
        }

        return (orders, total);
    }

    private async Task<long> CountAsync(int shape, Guid? userId, OrderStatus? status, CancellationToken cancellationToken)
    {
        await using var command = await OrdersSql.CommandAsync(context, CountSql[shape], cancellationToken);
        AddFilterValues(command, userId, status);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static int Shape(Guid? userId, OrderStatus? status) => (userId is null ? 0 : 1) | (status is null ? 0 : 2);

    private static string PageStatement(string filter) =>
        $"""
         SELECT o.id, o.user_id, o.status, o.total, o.created_at, o.updated_at,
                (SELECT count(*) FROM {Orders} c {filter.Replace("o.", "c.", StringComparison.Ordinal)}) AS total_count,
                i.product_id, i.sku, i.name, i.quantity, i.unit_price, i.line_total
         FROM (SELECT * FROM {Orders} o {filter} ORDER BY o.created_at DESC, o.id DESC LIMIT @limit OFFSET @skip) o
         LEFT JOIN {Items} i ON i.order_id = o.id
         ORDER BY o.created_at DESC, o.id DESC
         """;

    private static void AddFilterValues(NpgsqlCommand command, Guid? userId, OrderStatus? status)
    {
        if (userId is { } user)
        {
            command.Parameters.AddWithValue("user", user);
        }

        if (status is { } wanted)
        {
            command.Parameters.AddWithValue("status", OrderStatusNames.Of(wanted));
        }
    }
}
