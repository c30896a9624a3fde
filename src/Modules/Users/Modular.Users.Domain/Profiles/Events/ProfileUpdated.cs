using Modular.Shared.Kernel.Domain;

namespace Modular.Users.Domain.Profiles.Events;

/// <summary>The profile's name or email changed; carries the profile as it is now.</summary>
public sealed record ProfileUpdated(Guid UserId, string Name, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
