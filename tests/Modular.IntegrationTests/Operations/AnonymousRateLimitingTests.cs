using System.Net;

namespace Modular.IntegrationTests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class AnonymousRateLimitingTests(OperationsApiFactory factory)
{
    [Fact]
    public async Task Anonymous_callers_are_limited_per_client_address_even_when_refused_with_401()
    {
        using var first = ClientFrom(UniqueAddress());
        using var second = ClientFrom(UniqueAddress());
        var protectedRoute = OperationsTestEndpoints.Item.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

        for (var i = 0; i < OperationsApiFactory.ApiLimit; i++)
        {
            var unauthorized = await first.GetAsync(protectedRoute);
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
    }

    [Fact]
    public async Task Failed_attempts_from_one_address_do_not_lock_out_another()
    {
        using var attacker = ClientFrom(UniqueAddress());
        using var bystander = ClientFrom(UniqueAddress());

        for (var i = 0; i < OperationsApiFactory.AuthLimit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await RateLimitingTests.Attempt(attacker, succeed: false)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await RateLimitingTests.Attempt(attacker, succeed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RateLimitingTests.Attempt(bystander, succeed: true)).StatusCode);
    }

    [Fact]
    public async Task Behind_two_trusted_proxies_each_client_has_its_own_budget_and_a_spoofed_entry_changes_nothing()
    {
        // The connection comes from a proxy on loopback (trusted by default), which forwards for another trusted proxy.
        var first = UniqueAddress();
        var second = UniqueAddress();
        using var client = ClientFrom("127.0.0.1");

        for (var i = 0; i < OperationsApiFactory.ApiLimit; i++)
        {
            // What the client wrote itself (left of its own address) differs on every request and is not believed.
            Assert.Equal(HttpStatusCode.OK, (await PingVia(client, $"{UniqueAddress()}, {first}, 127.0.0.7")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PingVia(client, $"{UniqueAddress()}, {first}, 127.0.0.7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PingVia(client, $"{second}, 127.0.0.7")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PingVia(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, OperationsTestEndpoints.Ping);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    private HttpClient ClientFrom(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(OperationsTestEndpoints.ClientAddressHeader, address);
        return client;
    }

    // Unique per run: counters of earlier runs live on in Redis until their window ends.
    private static string UniqueAddress()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        return new IPAddress(bytes).ToString();
    }
}
