using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Infrastructure.Events;

/// <summary>Which domain events of the Orders module leave it as integration events.</summary>
internal sealed class OrdersIntegrationEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        _ => [],
    };
}
