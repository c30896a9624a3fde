using Modular.Shared.Kernel.Domain;

namespace Modular.Users.Domain.Profiles.Events;

public sealed record EmailChanged(Guid UserId, string OldEmail, string NewEmail, DateTimeOffset OccurredAt) : IDomainEvent;
