using Modular.Shared.Kernel.Domain;

namespace Modular.Users.Domain.Profiles.Events;

public sealed record ProfileDeleted(Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;
