using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;

namespace Modular.Users.Infrastructure.Events;

/// <summary>Which domain events of the Users module leave it as integration events.</summary>
internal sealed class UsersIntegrationEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        _ => [],
    };
}
