using Modular.Shared.Kernel.Domain;

namespace Modular.Identity.Domain.Accounts;

public sealed record UserRolesChangedDomainEvent(Guid UserId, IReadOnlyList<string> Roles, DateTimeOffset OccurredAt) : IDomainEvent;
