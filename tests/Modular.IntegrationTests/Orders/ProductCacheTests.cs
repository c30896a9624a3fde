using System.Net;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Users;
using Modular.Testing;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class ProductCacheTests(ModularApiFactory factory)
{
    [Fact]
    public async Task A_change_on_one_instance_is_read_at_once_on_another_that_had_cached_the_product()
    {
        await using var second = new ModularApiFactory();
        var first = new OrdersApi(factory.CreateClient());
        var other = new OrdersApi(second.CreateClient());
        var product = await first.CreateProductIdAsync("cache", 1m, 10);
        Assert.Equal(10, await first.StockAsync(product));
        Assert.Equal(10, await other.StockAsync(product));

        await OrdersApi.ReadAsync(await first.SendAsync(HttpMethod.Patch, $"/api/products/{product}", first.AdminId, new { name = "Renamed", stock = 9 }, admin: true), HttpStatusCode.OK);
        Assert.Equal(9, await other.StockAsync(product));

        await first.PlaceOkAsync(OrdersApi.NewUser(), (product, 4));
        Assert.Equal(5, await other.StockAsync(product));
        var read = await OrdersApi.ReadAsync(await other.SendAsync(HttpMethod.Get, $"/api/products/{product}"), HttpStatusCode.OK);
        Assert.Equal("Renamed", read.GetProperty("name").GetString());

        var order = await other.PlaceOkAsync(OrdersApi.NewUser(), (product, 5));
        Assert.Equal(0, await first.StockAsync(product));
        await OrdersApi.ReadAsync(await other.SendAsync(HttpMethod.Post, $"/api/orders/{order.GetProperty("id").GetGuid()}/cancel", order.GetProperty("userId").GetGuid()), HttpStatusCode.OK);
        Assert.Equal(5, await first.StockAsync(product));
    }

    [Fact]
    public async Task Every_change_is_read_at_once_on_the_other_instance_round_after_round()
    {
        // The window of an unacknowledged invalidation is a few milliseconds: one round rarely hits it, twenty do.
        await using var second = new ModularApiFactory();
        var instances = new[] { new OrdersApi(factory.CreateClient()), new OrdersApi(second.CreateClient()) };
        var product = await instances[0].CreateProductIdAsync("rounds", 1m, 1000);

        for (var round = 1; round <= 20; round++)
        {
            Assert.Equal(1001 - round, await instances[0].StockAsync(product));
            Assert.Equal(1001 - round, await instances[1].StockAsync(product));
            var (writer, reader) = (instances[round % 2], instances[(round + 1) % 2]);

            await OrdersApi.ReadAsync(await writer.SendAsync(HttpMethod.Patch, $"/api/products/{product}", writer.AdminId, new { stock = 1000 - round }, admin: true), HttpStatusCode.OK);

            Assert.Equal(1000 - round, await reader.StockAsync(product));
        }
    }

    [Fact]
    public async Task A_product_is_kept_in_memory_only_while_a_profile_also_goes_to_redis()
    {
        var api = new OrdersApi(factory.CreateClient());
        var users = new UsersApi<Program>(factory);
        var product = await api.CreateProductIdAsync("memory", 1m, 10);
        var user = await users.RegisterAsync("Memory Only", $"{UsersApi<Program>.Unique("memory")}@example.com");
        using var client = users.As(user);

        Assert.Equal(10, await api.StockAsync(product));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/users/{user.Id}")).StatusCode);

        // Both would be written to Redis after their answers; once the later one is there, the earlier would be too.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var server = redis.GetServers().Single();
        await Eventually.Until(
            () => Task.FromResult(server.Keys(pattern: $"users:profile:{user.Id:N}*").Count()),
            found => found > 0,
            TimeSpan.FromSeconds(5),
            "the profile in Redis");
        Assert.Empty(server.Keys(pattern: $"orders:product:{product:N}*"));
        Assert.Equal(10, await api.StockAsync(product));
    }

    [Fact]
    public async Task An_instance_that_cannot_hear_invalidations_does_not_answer_from_memory()
    {
        // Redis unreachable for this instance only: it cannot be told of the change the other instance makes.
        await using var deaf = factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,connectTimeout=200")
            .UseSetting("Messaging:ConsumeEvents", "false"));
        var writer = new OrdersApi(factory.CreateClient());
        var reader = new OrdersApi(deaf.CreateClient());
        var product = await writer.CreateProductIdAsync("deaf", 1m, 10);
        Assert.Equal(10, await reader.StockAsync(product));

        await OrdersApi.ReadAsync(await writer.SendAsync(HttpMethod.Patch, $"/api/products/{product}", writer.AdminId, new { stock = 3 }, admin: true), HttpStatusCode.OK);

        Assert.Equal(3, await reader.StockAsync(product));
    }

    [Fact]
    public async Task A_change_still_answers_when_a_subscribed_instance_never_acknowledges()
    {
        // A stalled instance: subscribed (Redis counts it as a receiver) but silent. The writer waits at most
        // Caching:AcknowledgementTimeout, then answers; the change itself is committed and read back.
        await using var stalled = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var api = new OrdersApi(factory.CreateClient());
        var product = await api.CreateProductIdAsync("stalled", 1m, 10);
        Assert.Equal(10, await api.StockAsync(product));
        var key = $"orders:product:{product:N}";
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Other tests' invalidations share the channel: only this product's counts.
        await stalled.GetSubscriber().SubscribeAsync(
            RedisChannel.Literal("modular:cache:invalidations"),
            (_, message) =>
            {
                if (message.ToString().Contains(key, StringComparison.OrdinalIgnoreCase))
                {
                    heard.TrySetResult();
                }
            });

        await OrdersApi.ReadAsync(await api.SendAsync(HttpMethod.Patch, $"/api/products/{product}", api.AdminId, new { stock = 4 }, admin: true), HttpStatusCode.OK);

        await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(4, await api.StockAsync(product));
    }
}
