namespace Modular.Orders.Domain.Orders;

/// <summary>One product of an order with the sku, name and price it had when the order was placed.</summary>
public sealed class OrderItem
{
    internal OrderItem(Guid orderId, ReservedLine line)
    {
        OrderId = orderId;
        ProductId = line.ProductId;
        Sku = line.Sku;
        Name = line.Name;
        Quantity = line.Quantity;
        UnitPrice = line.UnitPrice;
        LineTotal = line.UnitPrice * line.Quantity;
    }

    private OrderItem()
    {
        Sku = string.Empty;
        Name = string.Empty;
    }

    public Guid OrderId { get; private set; }

    public Guid ProductId { get; private set; }

    public string Sku { get; private set; }

    public string Name { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal LineTotal { get; private set; }
}
