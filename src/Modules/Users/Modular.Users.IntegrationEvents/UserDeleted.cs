using MassTransit;

namespace Modular.Users.IntegrationEvents;

/// <summary>A user was deleted: the account is disabled and the user's pending orders are cancelled.</summary>
[EntityName("users.user-deleted")]
public sealed record UserDeleted(Guid EventId, DateTimeOffset OccurredAt, Guid UserId);
