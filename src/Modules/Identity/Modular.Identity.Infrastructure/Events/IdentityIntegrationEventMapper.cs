using Modular.Identity.Domain.Accounts;
using Modular.Identity.IntegrationEvents;
using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Identity.Infrastructure.Events;

/// <summary>Which domain events of the Identity module leave it as integration events.</summary>
internal sealed class IdentityIntegrationEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        UserRegisteredDomainEvent registered =>
            [new UserRegistered(IdGenerator.NewId(registered.OccurredAt), registered.OccurredAt, registered.UserId, registered.Name, registered.Email)],
        UserRolesChangedDomainEvent changed =>
            [new UserRolesChanged(IdGenerator.NewId(changed.OccurredAt), changed.OccurredAt, changed.UserId, [.. changed.Roles])],
        EmailChangeRefusedDomainEvent refused =>
            [new UserEmailChangeRefused(IdGenerator.NewId(refused.OccurredAt), refused.OccurredAt, refused.UserId, refused.RefusedEmail, refused.Email)],
        _ => [],
    };
}
