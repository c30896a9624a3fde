namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>The body of <c>POST /api/orders</c> as JSON may send it; <see cref="PlaceOrderRequestValidator"/> decides what is an order.</summary>
internal sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderItemRequest?>? Items);
