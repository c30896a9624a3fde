using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Orders;

internal sealed record OrderItemResponse(Guid ProductId, string Sku, string Name, int Quantity, decimal UnitPrice, decimal LineTotal)
{
    public static OrderItemResponse From(OrderItem item) =>
        new(item.ProductId, item.Sku, item.Name, item.Quantity, item.UnitPrice, item.LineTotal);
}
