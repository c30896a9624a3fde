using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.IntegrationTests.Operations;

/// <summary>
/// Redis silent (a partition: commands time out instead of being refused): authenticated requests and reads still
/// answer from PostgreSQL, as while Redis is stopped. The fault suite's Redis scenario covers a stopped Redis.
/// </summary>
public sealed class RedisPartitionTests
{
    [Fact]
    public async Task Requests_fall_back_to_the_database_while_redis_times_out()
    {
        await using var link = TcpForwarder.Start(new Uri($"redis://{TestEnvironment.Redis.Split(',')[0]}").Port);
        await using var factory = new RedisBehindLinkFactory($"127.0.0.1:{link.Port},connectTimeout=1000,asyncTimeout=1000,syncTimeout=1000");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin(Guid.CreateVersion7(), "redis-partition@tests.local"));
        using var created = await client.PostAsJsonAsync("/api/products", new { sku = $"redis-partition-{Guid.NewGuid():N}"[..40], name = "Cached", price = 1.5m, stock = 3 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var product = $"/api/products/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(product)).StatusCode);

        link.Partition();
        try
        {
            // Past the revocation check's local cache (at most 2 s), each request asks Redis and must fall back.
            var partitioned = Stopwatch.StartNew();
            var answers = new List<HttpStatusCode>();
            await Eventually.Until(
                async () =>
                {
                    answers.Add((await client.GetAsync("/api/orders")).StatusCode);
                    answers.Add((await client.GetAsync(product)).StatusCode);
                    return answers.Count;
                },
                count => count >= 4 && partitioned.Elapsed > TimeSpan.FromSeconds(4),
                TimeSpan.FromSeconds(60),
                "requests answered while Redis is silent");

            Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products")).StatusCode);
        }
        finally
        {
            link.Heal();
        }
    }

    private sealed class RedisBehindLinkFactory(string redis) : ModularApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("Messaging:ConsumeEvents", "false");
        }
    }
}
