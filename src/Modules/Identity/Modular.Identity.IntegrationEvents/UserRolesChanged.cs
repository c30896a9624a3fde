using MassTransit;

namespace Modular.Identity.IntegrationEvents;

/// <summary>An admin changed the roles of an account; <c>Roles</c> is the complete new set.</summary>
[EntityName("identity.user-roles-changed")]
public sealed record UserRolesChanged(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, IReadOnlyList<string> Roles);
