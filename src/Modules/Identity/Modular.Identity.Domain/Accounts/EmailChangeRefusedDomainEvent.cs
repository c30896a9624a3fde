using Modular.Shared.Kernel.Domain;

namespace Modular.Identity.Domain.Accounts;

/// <summary>The account could not follow its profile to <paramref name="RefusedEmail"/>; it still signs in with <paramref name="Email"/>.</summary>
public sealed record EmailChangeRefusedDomainEvent(Guid UserId, string RefusedEmail, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
