using System.Diagnostics;
using System.Net;
using Modular.Identity.IntegrationEvents;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Users;

[Collection(ApiCollection.Name)]
public sealed class ProfileCreationTests(ModularApiFactory factory)
{
    private readonly UsersApi<Program> _api = new(factory);

    [Fact]
    public async Task A_registration_event_makes_the_profile_readable_within_a_second()
    {
        // Warm the host and the consumer first: "within 1 second" is about an idle running system, not a cold start.
        await _api.RegisterAsync("Warm Up", $"{UsersApi<Program>.Unique("warm")}@example.com");
        var userId = Guid.CreateVersion7();
        var email = $"{UsersApi<Program>.Unique("Created")}@Example.com";
        using var client = _api.Admin();

        var clock = Stopwatch.StartNew();
        await _api.PublishAsync(new UserRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, userId, "  Ada Lovelace ", email));
        var response = await Eventually.Until(
            () => client.GetAsync($"/api/users/{userId}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(1) - clock.Elapsed, "the profile");

        var body = await UsersApi<Program>.BodyAsync(response);
        Assert.Equal(userId, body.GetProperty("id").GetGuid());
        Assert.Equal("Ada Lovelace", body.GetProperty("name").GetString());
        // Stored and returned in its canonical form (ADR 0020): lower-cased.
        Assert.Equal(email.ToLowerInvariant(), body.GetProperty("email").GetString());
        Assert.Equal(body.GetProperty("createdAt").GetString(), body.GetProperty("updatedAt").GetString());
        Assert.EndsWith("Z", body.GetProperty("createdAt").GetString());
        Assert.Equal(["id", "name", "email", "createdAt", "updatedAt"], body.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task The_same_registration_delivered_several_times_creates_one_profile()
    {
        var registered = new UserRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), "Twice", $"{UsersApi<Program>.Unique("twice")}@example.com");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _api.PublishAsync(registered)));
        await _api.WaitUntilReadableAsync(registered.UserId);
        // A later registration event for the same account (a new event id, past the inbox) changes nothing either.
        var replay = registered with { EventId = Guid.CreateVersion7(), Name = "Replayed" };
        await _api.PublishAsync(replay);
        await Eventually.Until(() => InboxRowsAsync(replay.EventId), count => count == 1, TimeSpan.FromSeconds(10), "the replay consumed");

        Assert.Equal(1, await ProfileRowsAsync(registered.UserId));
        using var client = _api.Admin();
        var body = await UsersApi<Program>.BodyAsync(await client.GetAsync($"/api/users/{registered.UserId}"));
        Assert.Equal("Twice", body.GetProperty("name").GetString());
    }

    private static Task<long> ProfileRowsAsync(Guid userId) => ScalarAsync("SELECT count(*) FROM users.user_profiles WHERE id = @id", userId);

    // An event's inbox row commits together with the handler's effect, so its presence means the event was applied.
    private static Task<long> InboxRowsAsync(Guid eventId) => ScalarAsync("SELECT count(*) FROM users.inbox_messages WHERE event_id = @id", eventId);

    private static async Task<long> ScalarAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
