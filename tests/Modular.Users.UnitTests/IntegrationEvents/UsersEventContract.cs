using Modular.Users.IntegrationEvents;

namespace Modular.Users.UnitTests.IntegrationEvents;

/// <summary>The Users rows of CONTRACT.md's "Integration events on RabbitMQ" table, and one instance of each event.</summary>
public static class UsersEventContract
{
    public static TheoryData<string, string[]> Events => new()
    {
        { "users.user-profile-updated", ["eventId", "occurredAt", "userId", "name", "email"] },
        { "users.user-email-changed", ["eventId", "occurredAt", "userId", "oldEmail", "newEmail"] },
        { "users.user-deleted", ["eventId", "occurredAt", "userId"] },
    };

    public static object Sample(string exchange) => exchange switch
    {
        "users.user-profile-updated" => new UserProfileUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "Ada", "ada@example.com"),
        "users.user-email-changed" => new UserEmailChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "old@example.com", "new@example.com"),
        "users.user-deleted" => new UserDeleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid()),
        _ => throw new ArgumentOutOfRangeException(nameof(exchange), exchange, "No sample event for this exchange."),
    };
}
