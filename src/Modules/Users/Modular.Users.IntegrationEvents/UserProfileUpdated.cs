using MassTransit;

namespace Modular.Users.IntegrationEvents;

/// <summary>A profile's name or email changed; carries the profile as it is now.</summary>
[EntityName("users.user-profile-updated")]
public sealed record UserProfileUpdated(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Name, string Email);
