using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;

namespace Modular.Identity.Infrastructure.Events;

/// <summary>Which domain events of the Identity module leave it as integration events.</summary>
internal sealed class IdentityIntegrationEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        _ => [],
    };
}
