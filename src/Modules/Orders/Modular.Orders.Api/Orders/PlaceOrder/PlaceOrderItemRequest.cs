namespace Modular.Orders.Api.Orders.PlaceOrder;

internal sealed record PlaceOrderItemRequest(Guid? ProductId, int? Quantity);
