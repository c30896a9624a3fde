using System.Net;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Users;

[Collection(ApiCollection.Name)]
public sealed class ProfileCacheTests(ModularApiFactory factory)
{
    private readonly UsersApi<Program> _api = new(factory);

    [Fact]
    public async Task A_read_is_cached_in_redis_under_the_users_prefix()
    {
        var user = await _api.RegisterAsync("Cached", $"{UsersApi<Program>.Unique("cached")}@example.com");
        using var client = _api.As(user);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/users/{user.Id}")).StatusCode);

        // Written to Redis after the answer; the key starts with the module's prefix (the cache may suffix a format version).
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var server = redis.GetServers().Single();
        var keys = await Eventually.Until(
            () => Task.FromResult(server.Keys(pattern: $"users:profile:{user.Id:N}*").ToList()),
            found => found.Count > 0,
            TimeSpan.FromSeconds(5),
            "the profile in Redis");
        Assert.Single(keys);
    }

    [Fact]
    public async Task A_change_on_one_instance_is_read_at_once_on_another()
    {
        await using var second = new ModularApiFactory();
        var secondApi = new UsersApi<Program>(second);
        var user = await _api.RegisterAsync("Two Hosts", $"{UsersApi<Program>.Unique("hosts")}@example.com");
        using var onFirst = _api.As(user);
        using var onSecond = secondApi.As(user);

        for (var round = 0; round < 5; round++)
        {
            // Both instances have read (and cached) the current profile before each change.
            Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync($"/api/users/{user.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync($"/api/users/{user.Id}")).StatusCode);
            var (writer, reader) = round % 2 == 0 ? (onFirst, onSecond) : (onSecond, onFirst);
            var name = $"Round {round}";

            Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(writer, user.Id, new { name })).StatusCode);
            var read = await UsersApi<Program>.BodyAsync(await reader.GetAsync($"/api/users/{user.Id}"));

            Assert.Equal(name, read.GetProperty("name").GetString());
        }

        Assert.Equal(HttpStatusCode.NoContent, (await onSecond.DeleteAsync($"/api/users/{user.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onFirst.GetAsync($"/api/users/{user.Id}")).StatusCode);
    }

    [Fact]
    public async Task With_redis_unreachable_profiles_are_still_read_and_changed_from_the_database()
    {
        var user = await _api.RegisterAsync("No Redis", $"{UsersApi<Program>.Unique("noredis")}@example.com");
        await using var withoutRedis = new ModularApiFactory().WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,connectTimeout=200").UseSetting("Messaging:ConsumeEvents", "false"));
        var api = new UsersApi<Program>(withoutRedis);
        using var client = api.As(user);

        var read = await client.GetAsync($"/api/users/{user.Id}");
        var patched = await UsersApi<Program>.PatchAsync(client, user.Id, new { name = "Still Works" });
        var reread = await UsersApi<Program>.BodyAsync(await client.GetAsync($"/api/users/{user.Id}"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Still Works", reread.GetProperty("name").GetString());
    }
}
