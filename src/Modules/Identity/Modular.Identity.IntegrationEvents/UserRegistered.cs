using MassTransit;

namespace Modular.Identity.IntegrationEvents;

/// <summary>A new account exists. Published on exchange <c>identity.user-registered</c>.</summary>
[EntityName("identity.user-registered")]
public sealed record UserRegistered(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Name, string Email);
