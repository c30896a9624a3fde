using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Users;

/// <summary>What an outside RabbitMQ client bound to the Users exchanges receives.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProfileEventTests(ModularApiFactory factory)
{
    private readonly UsersApi<Program> _api = new(factory);

    [Fact]
    public async Task A_patch_publishes_profile_updated_and_email_changed_with_the_contracts_fields()
    {
        using var rabbit = new RabbitManagement();
        var updatedQueue = await BindAsync(rabbit, "users.user-profile-updated");
        var emailQueue = await BindAsync(rabbit, "users.user-email-changed");
        try
        {
            var user = await _api.RegisterAsync("Evented", $"{UsersApi<Program>.Unique("evented")}@example.com");
            using var client = _api.As(user);
            var newEmail = $"{UsersApi<Program>.Unique("moved")}@example.com";

            Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(client, user.Id, new { name = "Evented Again", email = newEmail })).StatusCode);

            var updated = await TakeForAsync(rabbit, updatedQueue, user.Id, 1);
            var changed = await TakeForAsync(rabbit, emailQueue, user.Id, 1);
            AssertFields(updated[0], "eventId", "occurredAt", "userId", "name", "email");
            Assert.Equal("Evented Again", updated[0].GetProperty("name").GetString());
            Assert.Equal(newEmail, updated[0].GetProperty("email").GetString());
            AssertFields(changed[0], "eventId", "occurredAt", "userId", "oldEmail", "newEmail");
            Assert.Equal(user.Email, changed[0].GetProperty("oldEmail").GetString());
            Assert.Equal(newEmail, changed[0].GetProperty("newEmail").GetString());
        }
        finally
        {
            await rabbit.DeleteQueueAsync(updatedQueue);
            await rabbit.DeleteQueueAsync(emailQueue);
        }
    }

    [Fact]
    public async Task A_name_only_patch_publishes_no_email_change_and_a_patch_changing_nothing_publishes_nothing()
    {
        using var rabbit = new RabbitManagement();
        var updatedQueue = await BindAsync(rabbit, "users.user-profile-updated");
        var emailQueue = await BindAsync(rabbit, "users.user-email-changed");
        try
        {
            var user = await _api.RegisterAsync("Quiet", $"{UsersApi<Program>.Unique("quiet")}@example.com");
            using var client = _api.As(user);

            Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(client, user.Id, new { name = "Quiet" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(client, user.Id, new { name = "Louder" })).StatusCode);
            // A marker after both: once its email change is on the queue, anything the earlier patches published is too.
            var marker = $"{UsersApi<Program>.Unique("marker")}@example.com";
            Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(client, user.Id, new { email = marker })).StatusCode);

            var changes = await TakeForAsync(rabbit, emailQueue, user.Id, 1);
            var updates = await TakeForAsync(rabbit, updatedQueue, user.Id, 2);
            Assert.Equal(marker, changes.Single().GetProperty("newEmail").GetString());
            Assert.Equal(["Louder", "Louder"], updates.Select(update => update.GetProperty("name").GetString()));
            Assert.Contains(updates, update => update.GetProperty("email").GetString() == marker);
        }
        finally
        {
            await rabbit.DeleteQueueAsync(updatedQueue);
            await rabbit.DeleteQueueAsync(emailQueue);
        }
    }

    [Fact]
    public async Task A_deletion_publishes_user_deleted_with_the_contracts_fields()
    {
        using var rabbit = new RabbitManagement();
        var queue = await BindAsync(rabbit, "users.user-deleted");
        try
        {
            var user = await _api.RegisterAsync("Gone", $"{UsersApi<Program>.Unique("gone")}@example.com");
            using var client = _api.As(user);

            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/users/{user.Id}")).StatusCode);

            var deleted = await TakeForAsync(rabbit, queue, user.Id, 1);
            AssertFields(deleted[0], "eventId", "occurredAt", "userId");
        }
        finally
        {
            await rabbit.DeleteQueueAsync(queue);
        }
    }

    private static async Task<string> BindAsync(RabbitManagement rabbit, string exchange)
    {
        var queue = $"test-audit-{exchange}-{Guid.NewGuid():N}";
        await rabbit.BindQueueAsync(queue, exchange);
        return queue;
    }

    /// <summary>Collects this user's messages from an audit queue until <paramref name="count"/> arrived.</summary>
    private static async Task<List<JsonElement>> TakeForAsync(RabbitManagement rabbit, string queue, Guid userId, int count)
    {
        var mine = new List<JsonElement>();
        await Eventually.Until(
            async () =>
            {
                var envelopes = await rabbit.TakeAsync(queue, 100);
                mine.AddRange(envelopes.Select(envelope => envelope.GetProperty("message")).Where(message => message.GetProperty("userId").GetGuid() == userId));
                return mine.Count;
            },
            found => found >= count,
            TimeSpan.FromSeconds(15),
            $"{count} message(s) on {queue}");
        // Nothing beyond what was expected arrived meanwhile.
        mine.AddRange((await rabbit.TakeAsync(queue, 100)).Select(envelope => envelope.GetProperty("message")).Where(message => message.GetProperty("userId").GetGuid() == userId));
        Assert.Equal(count, mine.Count);
        return mine;
    }

    private static void AssertFields(JsonElement message, params string[] fields)
    {
        Assert.Equal(fields.Order(StringComparer.Ordinal), message.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.NotEqual(Guid.Empty, message.GetProperty("eventId").GetGuid());
        Assert.EndsWith("Z", message.GetProperty("occurredAt").GetString());
    }
}
