using System.Net;
using Microsoft.Extensions.Logging;

namespace Modular.IntegrationTests.Operations;

public sealed class RateLimitingStoreOutageTests
{
    [Fact]
    public async Task Without_redis_requests_still_succeed_on_local_counters_and_a_warning_is_logged()
    {
        // Nothing listens on port 1: the host starts with its Redis unreachable.
        await using var factory = new OperationsApiFactory
        {
            Overrides = { ["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=200", ["Messaging:ConsumeEvents"] = "false" },
        };
        using var client = RateLimitingTests.ClientFor(factory, Guid.NewGuid());

        for (var i = 0; i < OperationsApiFactory.ApiLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        }

        // The in-memory fallback still enforces the budget on this instance.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        Assert.Contains(factory.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.EventId == 4101);
    }
}
