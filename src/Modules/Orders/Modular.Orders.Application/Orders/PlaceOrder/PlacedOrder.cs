namespace Modular.Orders.Application.Orders.PlaceOrder;

/// <summary>The placed order; <see cref="Replayed"/> when it is the stored answer to an earlier request with the same Idempotency-Key.</summary>
internal sealed record PlacedOrder(OrderResponse Order, bool Replayed);
