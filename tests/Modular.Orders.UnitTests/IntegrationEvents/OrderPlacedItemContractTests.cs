using System.Text.Json;
using Modular.Orders.IntegrationEvents;

namespace Modular.Orders.UnitTests.IntegrationEvents;

public sealed class OrderPlacedItemContractTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Order_placed_items_serialize_to_exactly_the_contract_fields()
    {
        var sample = OrdersEventContract.Sample("orders.order-placed");

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(sample, sample.GetType(), Web));
        var item = Assert.Single(document.RootElement.GetProperty("items").EnumerateArray().ToList());

        Assert.Equal(
            OrdersEventContract.OrderPlacedItemFields.Order(StringComparer.Ordinal),
            item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Order_placed_money_is_a_json_number()
    {
        var sample = new OrderPlaced(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), 25.50m, [new OrderPlacedItem(Guid.NewGuid(), 3, 8.50m)]);

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(sample, Web));

        Assert.Equal(25.50m, document.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal(8.50m, document.RootElement.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(3, document.RootElement.GetProperty("items")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public void Order_placed_item_is_a_public_sealed_record()
    {
        var type = typeof(OrderPlacedItem);

        Assert.True(type.IsPublic);
        Assert.True(type.IsSealed);
        Assert.NotNull(type.GetMethod("<Clone>$"));
    }
}
