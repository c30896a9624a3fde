using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;
using Modular.Users.Domain.Profiles.Events;
using Modular.Users.IntegrationEvents;

namespace Modular.Users.Infrastructure.Events;

/// <summary>Which domain events of the Users module leave it as integration events.</summary>
internal sealed class UsersIntegrationEventMapper : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ProfileUpdated updated => [new UserProfileUpdated(IdGenerator.NewId(), updated.OccurredAt, updated.UserId, updated.Name, updated.Email)],
        EmailChanged changed => [new UserEmailChanged(IdGenerator.NewId(), changed.OccurredAt, changed.UserId, changed.OldEmail, changed.NewEmail)],
        ProfileDeleted deleted => [new UserDeleted(IdGenerator.NewId(), deleted.OccurredAt, deleted.UserId)],
        _ => [],
    };
}
