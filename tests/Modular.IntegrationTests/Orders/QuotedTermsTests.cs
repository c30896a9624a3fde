using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Orders;

/// <summary>
/// Orders are quoted from the product terms this process remembers (ADR 0045), so these change a product where this
/// process cannot see it (straight in the database, as another instance would) after it has quoted the product once:
/// the next order must still copy the product as it is now, or be refused as it would have been, and a refusal changes
/// nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QuotedTermsTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task A_price_name_and_sku_changed_behind_this_instance_are_what_the_next_order_copies()
    {
        var product = await RememberedProductAsync(5m, 10);
        var sku = OrdersApi.UniqueSku("renamed");
        await ChangeRowAsync(product, "sku = @sku, name = 'Renamed mug', price = 7.25", ("sku", sku));

        var order = await _api.PlaceOkAsync(OrdersApi.NewUser(), (product, 2));

        var item = order.GetProperty("items")[0];
        Assert.Equal(7.25m, item.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("Renamed mug", item.GetProperty("name").GetString());
        Assert.Equal(sku, item.GetProperty("sku").GetString());
        Assert.Equal(14.5m, order.GetProperty("total").GetDecimal());
        Assert.Equal(8, await _api.StockAsync(product));
    }

    [Fact]
    public async Task A_price_changed_through_the_api_is_what_the_next_order_copies_every_time()
    {
        var product = await RememberedProductAsync(3m, 10);
        var patched = await _api.SendAsync(HttpMethod.Patch, $"/api/products/{product}", _api.AdminId, new { price = 4.1m }, admin: true);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var order = await _api.PlaceOkAsync(OrdersApi.NewUser(), (product, 1));
            Assert.Equal(4.1m, order.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        }

        Assert.Equal(8, await _api.StockAsync(product));
    }

    [Fact]
    public async Task Stock_taken_behind_this_instance_is_a_conflict_that_changes_nothing()
    {
        var product = await RememberedProductAsync(2m, 10);
        var other = await _api.CreateProductIdAsync("spare", 1m, 5);
        await ChangeRowAsync(product, "stock = 0");
        var user = OrdersApi.NewUser();

        await OrdersApi.ProblemAsync(
            await _api.PlaceAsync(user, new[] { new { productId = other, quantity = 1 }, new { productId = product, quantity = 1 } }),
            HttpStatusCode.Conflict);

        Assert.Equal(0, await _api.StockAsync(product));
        Assert.Equal(5, await _api.StockAsync(other));
        Assert.Equal(0, await OrdersOfAsync(user));
    }

    [Fact]
    public async Task A_product_gone_behind_this_instance_is_not_found_every_time_and_nothing_is_placed()
    {
        var product = await RememberedProductAsync(2m, 10);
        await using (var connection = new NpgsqlConnection(TestEnvironment.Postgres))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("DELETE FROM orders.order_items WHERE product_id = @id; DELETE FROM orders.products WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", product);
            await command.ExecuteNonQueryAsync();
        }

        var user = OrdersApi.NewUser();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await OrdersApi.ProblemAsync(await _api.PlaceAsync(user, new[] { new { productId = product, quantity = 1 } }), HttpStatusCode.NotFound);
        }

        Assert.Equal(0, await OrdersOfAsync(user));
    }

    /// <summary>A product this process has quoted once (one order placed), so its terms are in memory.</summary>
    private async Task<Guid> RememberedProductAsync(decimal price, int stock)
    {
        var product = await _api.CreateProductIdAsync("quoted", price, stock + 1);
        JsonElement first = await _api.PlaceOkAsync(OrdersApi.NewUser(), (product, 1));
        Assert.Equal(price, first.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        return product;
    }

    private static async Task ChangeRowAsync(Guid product, string assignments, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE orders.products SET {assignments} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", product);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<long> OrdersOfAsync(Guid user)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orders.orders WHERE user_id = @user", connection);
        command.Parameters.AddWithValue("user", user);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
