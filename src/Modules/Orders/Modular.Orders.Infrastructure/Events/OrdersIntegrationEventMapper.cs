using Modular.Orders.Domain.Orders;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Orders.Infrastructure.Events;

/// <summary>Which domain events of the Orders module leave it as integration events.</summary>
internal sealed class OrdersIntegrationEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        OrderPlacedDomainEvent placed =>
        [
            new OrderPlaced(
                IdGenerator.NewId(),
                placed.OccurredAt,
                placed.OrderId,
                placed.UserId,
                placed.Total,
                [.. placed.Lines.Select(line => new OrderPlacedItem(line.ProductId, line.Quantity, line.UnitPrice))]),
        ],
        OrderConfirmedDomainEvent confirmed => [new OrderConfirmed(IdGenerator.NewId(), confirmed.OccurredAt, confirmed.OrderId, confirmed.UserId)],
        OrderCancelledDomainEvent cancelled => [new OrderCancelled(IdGenerator.NewId(), cancelled.OccurredAt, cancelled.OrderId, cancelled.UserId, cancelled.Reason)],
        _ => [],
    };
}
