using Modular.Identity.IntegrationEvents;

namespace Modular.Identity.UnitTests.IntegrationEvents;

/// <summary>
/// The Identity rows of CONTRACT.md's "Integration events on RabbitMQ" table plus the events the module adds to it
/// (README "Integration events"), and one instance of each event.
/// </summary>
public static class IdentityEventContract
{
    public static TheoryData<string, string[]> Events => new()
    {
        { "identity.user-registered", ["eventId", "occurredAt", "userId", "name", "email"] },
        { "identity.user-roles-changed", ["eventId", "occurredAt", "userId", "roles"] },
        { "identity.user-email-change-refused", ["eventId", "occurredAt", "userId", "refusedEmail", "email"] },
    };

    public static object Sample(string exchange) => exchange switch
    {
        "identity.user-registered" => new UserRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "Ada", "ada@example.com"),
        "identity.user-roles-changed" => new UserRolesChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), ["user", "admin"]),
        "identity.user-email-change-refused" => new UserEmailChangeRefused(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "taken@example.com", "ada@example.com"),
        _ => throw new ArgumentOutOfRangeException(nameof(exchange), exchange, "No sample event for this exchange."),
    };
}
