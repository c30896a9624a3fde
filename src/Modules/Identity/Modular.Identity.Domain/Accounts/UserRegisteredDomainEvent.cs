using Modular.Shared.Kernel.Domain;

namespace Modular.Identity.Domain.Accounts;

public sealed record UserRegisteredDomainEvent(Guid UserId, string Name, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
