using System.Net;
using System.Text.Json;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.IntegrationTests.Operations;

public sealed class ReadinessRecoveryTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Readiness_is_503_while_redis_is_down_and_200_again_once_it_returns_without_a_restart()
    {
        using var workspace = ProcessWorkspace.Create("readiness-recovery");
        await using var redis = await RedisServer.StartAsync(workspace);
        await using var factory = new OperationsApiFactory
        {
            // Its Redis is not the one the other test hosts share: consuming events here would push and revoke into the void.
            Overrides = { ["ConnectionStrings:Redis"] = $"{redis.ConnectionString},connectTimeout=1000", ["Messaging:ConsumeEvents"] = "false" },
        };
        using var client = factory.CreateClient();
        await Eventually.Until(() => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, Deadline, "readiness with redis up");

        await redis.StopAsync();
        var down = await Eventually.Until(
            () => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, Deadline, "readiness 503 with redis down");

        Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        using (var body = JsonDocument.Parse(await down.Content.ReadAsStringAsync()))
        {
            // A problem: its status is the HTTP status; the overall health is in "health".
            Assert.Equal(503, body.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("Unhealthy", body.RootElement.GetProperty("health").GetString());
            var checks = body.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
                check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString());
            Assert.Equal("Unhealthy", checks["redis"]);
            Assert.Equal("Healthy", checks["postgres"]);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // Once the client knows its connection is gone, a probe answers at once instead of waiting out the check's 3 s
        // timeout on a PING that cannot be sent (RedisReadinessCheck).
        await Eventually.Until(
            async () => RedisDescription(await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync()),
            description => description == "Not connected; reconnecting in the background",
            Deadline,
            "the redis check to report the lost connection without waiting for its timeout");

        await redis.StartAsync();
        var up = await Eventually.Until(
            () => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, Deadline, "readiness 200 after redis returned");

        using var recovered = JsonDocument.Parse(await up.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", recovered.RootElement.GetProperty("status").GetString());
        foreach (var check in recovered.RootElement.GetProperty("checks").EnumerateArray())
        {
            Assert.Equal("Healthy", check.GetProperty("status").GetString());
            Assert.True(check.GetProperty("durationMs").GetDouble() >= 0);
        }
    }

    private static string? RedisDescription(string readiness)
    {
        using var body = JsonDocument.Parse(readiness);
        return body.RootElement.GetProperty("checks").EnumerateArray()
            .Single(check => check.GetProperty("name").GetString() == "redis")
            .TryGetProperty("description", out var description) ? description.GetString() : null;
    }
}
