using MassTransit;

namespace Modular.Orders.IntegrationEvents;

/// <summary>An order was placed (status pending); its stock is already reserved.</summary>
[EntityName("orders.order-placed")]
public sealed record OrderPlaced(Guid EventId, DateTimeOffset OccurredAt, Guid OrderId, Guid UserId, decimal Total, IReadOnlyList<OrderPlacedItem> Items);
