namespace Modular.Orders.Api.Orders.PlaceOrder;

public sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderItemRequest?>? Items);
