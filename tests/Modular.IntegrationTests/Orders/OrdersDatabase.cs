using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Orders;

/// <summary>
/// Sets up states the API cannot produce on demand: an order that stays pending (no order-placed event is
/// emitted for it, so nothing confirms it), optionally placed long ago. Its stock is reserved like a real one.
/// </summary>
public static class OrdersDatabase
{
    public static async Task<Guid> InsertPendingOrderAsync(Guid userId, Guid productId, int quantity, TimeSpan age)
    {
        var orderId = Guid.CreateVersion7();
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            """
            UPDATE orders.products SET stock = stock - @quantity WHERE id = @product;
            INSERT INTO orders.orders (id, user_id, status, total, created_at, updated_at)
                SELECT @order, @user, 'pending', price * @quantity, now() - @age, now() - @age FROM orders.products WHERE id = @product;
            INSERT INTO orders.order_items (order_id, product_id, sku, name, quantity, unit_price, line_total)
                SELECT @order, id, sku, name, @quantity, price, price * @quantity FROM orders.products WHERE id = @product;
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("order", orderId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("product", productId);
        command.Parameters.AddWithValue("quantity", quantity);
        command.Parameters.AddWithValue("age", age);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return orderId;
    }

    /// <summary>Makes a user's Idempotency-Key look as if it was first used <paramref name="age"/> ago.</summary>
    public static async Task AgeIdempotencyKeyAsync(Guid userId, string key, TimeSpan age)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE orders.idempotency_keys SET created_at = now() - @age WHERE user_id = @user AND key = @key", connection);
        command.Parameters.AddWithValue("age", age);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
