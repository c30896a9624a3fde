using MassTransit;

namespace Modular.Orders.IntegrationEvents;

/// <summary>An order was cancelled and its stock restored.</summary>
[EntityName("orders.order-cancelled")]
public sealed record OrderCancelled(Guid EventId, DateTimeOffset OccurredAt, Guid OrderId, Guid UserId, string Reason);
