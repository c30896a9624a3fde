namespace Modular.Orders.Application.Orders.PlaceOrder;

public sealed record PlaceOrderItem(Guid? ProductId, int? Quantity);
