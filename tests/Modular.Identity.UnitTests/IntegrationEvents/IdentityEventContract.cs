using Modular.Identity.IntegrationEvents;

namespace Modular.Identity.UnitTests.IntegrationEvents;

/// <summary>The Identity rows of CONTRACT.md's "Integration events on RabbitMQ" table, and one instance of each event.</summary>
public static class IdentityEventContract
{
    public static TheoryData<string, string[]> Events => new()
    {
        { "identity.user-registered", ["eventId", "occurredAt", "userId", "name", "email"] },
        { "identity.user-roles-changed", ["eventId", "occurredAt", "userId", "roles"] },
    };

    public static object Sample(string exchange) => exchange switch
    {
        "identity.user-registered" => new UserRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "Ada", "ada@example.com"),
        "identity.user-roles-changed" => new UserRolesChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), ["user", "admin"]),
        _ => throw new ArgumentOutOfRangeException(nameof(exchange), exchange, "No sample event for this exchange."),
    };
}
