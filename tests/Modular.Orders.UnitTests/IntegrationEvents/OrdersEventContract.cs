using Modular.Orders.IntegrationEvents;

namespace Modular.Orders.UnitTests.IntegrationEvents;

/// <summary>The Orders rows of CONTRACT.md's "Integration events on RabbitMQ" table, and one instance of each event.</summary>
public static class OrdersEventContract
{
    public static readonly string[] OrderPlacedItemFields = ["productId", "quantity", "unitPrice"];

    public static TheoryData<string, string[]> Events => new()
    {
        { "orders.order-placed", ["eventId", "occurredAt", "orderId", "userId", "total", "items"] },
        { "orders.order-confirmed", ["eventId", "occurredAt", "orderId", "userId"] },
        { "orders.order-cancelled", ["eventId", "occurredAt", "orderId", "userId", "reason"] },
    };

    public static object Sample(string exchange) => exchange switch
    {
        "orders.order-placed" => new OrderPlaced(
            Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), 25.50m, [new OrderPlacedItem(Guid.NewGuid(), 3, 8.50m)]),
        "orders.order-confirmed" => new OrderConfirmed(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid()),
        "orders.order-cancelled" => new OrderCancelled(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), "cancelled by user"),
        _ => throw new ArgumentOutOfRangeException(nameof(exchange), exchange, "No sample event for this exchange."),
    };
}
