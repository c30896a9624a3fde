using MassTransit;

namespace Modular.Identity.IntegrationEvents;

/// <summary>
/// Login could not follow a profile's email change: another account signs in with <c>RefusedEmail</c> (a registration
/// that raced the change). The account still signs in with <c>Email</c>, which the profile should show again.
/// </summary>
[EntityName("identity.user-email-change-refused")]
public sealed record UserEmailChangeRefused(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string RefusedEmail, string Email);
