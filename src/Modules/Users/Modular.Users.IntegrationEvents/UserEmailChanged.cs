using MassTransit;

namespace Modular.Users.IntegrationEvents;

/// <summary>A user's email changed; login follows the new one.</summary>
[EntityName("users.user-email-changed")]
public sealed record UserEmailChanged(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string OldEmail, string NewEmail);
