namespace Modular.Orders.Api.Orders.PlaceOrder;

public sealed record PlaceOrderItemRequest(Guid? ProductId, int? Quantity);
