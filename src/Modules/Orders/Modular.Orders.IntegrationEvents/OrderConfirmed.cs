using MassTransit;

namespace Modular.Orders.IntegrationEvents;

/// <summary>A pending order was confirmed.</summary>
[EntityName("orders.order-confirmed")]
public sealed record OrderConfirmed(Guid EventId, DateTimeOffset OccurredAt, Guid OrderId, Guid UserId);
