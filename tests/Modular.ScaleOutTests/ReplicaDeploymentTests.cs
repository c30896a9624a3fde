using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Modular.ScaleOutTests.Clients;
using Modular.ScaleOutTests.Deployments;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests;

/// <summary>
/// Two identical full instances behind nginx, started together on an empty database: they migrate and seed once,
/// share the work of every queue yet apply each event once per consumer, share one rate-limit budget per client, and
/// deliver every push to the instance that holds the connection.
/// </summary>
[Collection(ReplicaCollection.Name)]
public sealed class ReplicaDeploymentTests(ReplicaDeployment replicas)
{
    [Fact]
    public async Task Instances_started_together_on_an_empty_database_migrate_each_schema_once_and_seed_one_administrator()
    {
        foreach (var module in new[] { "identity", "users", "orders", "notifications" })
        {
            var applied = replicas.Instances.Select(host => Assert.Single(Deployment.Migrations(host), line => line.Module == module).Applied).Order().ToList();
            Assert.Equal(0, applied[0]);
            Assert.True(applied[1] > 0, $"{module}: no instance applied its migrations");
        }

        Assert.Equal(1L, await replicas.QueryAsync<long>($"SELECT count(*) FROM identity.user_accounts WHERE email = '{Deployment.AdminEmail}'"));
        // The administrator's registration event was applied once: one profile.
        Assert.Equal(1L, await replicas.QueryAsync<long>($"SELECT count(*) FROM users.user_profiles WHERE email = '{Deployment.AdminEmail}'"));
    }

    [Fact]
    public async Task Each_event_is_applied_once_per_consumer_while_both_instances_share_the_work()
    {
        var shop = replicas.ViaProxy;
        var product = await shop.CreateProductAsync(replicas.AdminToken, stock: 500);
        var users = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => shop.RegisterAndLoginAsync("replica-once")));
        var hubs = await Task.WhenAll(users.Select(user => HubClient.ConnectAsync(replicas.Proxy.BaseAddress, user.AccessToken)));
        try
        {
            var placements = new List<(int User, Guid Order, int Quantity, string CorrelationId)>();
            for (var round = 1; round <= 3; round++)
            {
                for (var index = 0; index < users.Length; index++)
                {
                    var correlationId = Shop.NewCorrelationId();
                    placements.Add((index, await shop.PlaceOrderAsync(users[index].AccessToken, product, round, correlationId), round, correlationId));
                }
            }

            // The proxy spread the placements, so both instances published (and, competing on each queue, consumed).
            var placedOn = await Task.WhenAll(placements.Select(placement => Waiting.InstanceAsync(replicas.Proxy, placement.CorrelationId, replicas.Instances)));
            Assert.Equal(2, placedOn.Distinct().Count());

            var cancelled = placements.Where(placement => placement.Quantity == 1).ToList();
            foreach (var placement in placements)
            {
                await Waiting.UntilStatusAsync(shop, users[placement.User].AccessToken, placement.Order, "confirmed", Waiting.Confirmation());
            }

            foreach (var placement in cancelled)
            {
                using var cancel = await shop.SendAsync(HttpMethod.Post, $"/api/orders/{placement.Order}/cancel", users[placement.User].AccessToken);
                await Shop.Expect(cancel, HttpStatusCode.OK);
            }

            await Task.WhenAll(users.Select((_, index) => Waiting.UntilPushedAsync(
                hubs[index],
                placements.Where(placement => placement.User == index)
                    .SelectMany(placement => new[] { (placement.Order, "pending"), (placement.Order, "confirmed") })
                    .Concat(cancelled.Where(placement => placement.User == index).Select(placement => (placement.Order, "cancelled"))),
                Waiting.Confirmation())));

            // Effects counted: one push per order and status on each connection, one profile per registration, and stock
            // taken once per order and given back once per cancellation.
            for (var index = 0; index < users.Length; index++)
            {
                var own = placements.Where(placement => placement.User == index).Select(placement => placement.Order).ToHashSet();
                Assert.All(hubs[index].Pushes, push => Assert.True(push.Value == 1 && own.Contains(push.Key.OrderId), $"{push.Key} pushed {push.Value} time(s)"));
            }

            var ids = string.Join(", ", users.Select(user => $"'{user.Id}'"));
            Assert.Equal((long)users.Length, await replicas.QueryAsync<long>($"SELECT count(*) FROM users.user_profiles WHERE id IN ({ids})"));
            Assert.Equal(500 - placements.Except(cancelled).Sum(placement => placement.Quantity), await shop.StockAsync(product));
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_push_reaches_every_connection_of_its_user_whichever_instance_holds_it_and_whichever_consumed_the_event()
    {
        var user = await replicas.ViaProxy.RegisterAndLoginAsync("replica-push");
        var product = await replicas.ViaProxy.CreateProductAsync(replicas.AdminToken, stock: 100);
        // One connection on each instance: whichever instance consumes an event, one of them is on the other one.
        HubClient[] hubs = [
            await HubClient.ConnectAsync(replicas.A.BaseAddress, user.AccessToken),
            await HubClient.ConnectAsync(replicas.B.BaseAddress, user.AccessToken),
            await HubClient.ConnectAsync(replicas.Proxy.BaseAddress, user.AccessToken)];
        try
        {
            var orders = new List<Guid>();
            for (var count = 0; count < 3; count++)
            {
                orders.Add(await replicas.ViaProxy.PlaceOrderAsync(user.AccessToken, product, quantity: 1));
            }

            var expected = orders.SelectMany(order => new[] { (order, "pending"), (order, "confirmed") }).ToList();
            await Task.WhenAll(hubs.Select(hub => Waiting.UntilPushedAsync(hub, expected, Waiting.Confirmation())));
            Assert.All(hubs, hub => Assert.All(hub.Pushes.Values, count => Assert.Equal(1, count)));
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_hub_client_whose_negotiate_reached_the_other_instance_connects_and_receives_its_pushes()
    {
        // A proxy without sticky sessions: negotiate on one instance, the WebSocket on the other, each way round; the
        // client's default transports (WebSockets first). SignalR alone answers the WebSocket 404 and the client fails.
        var user = await replicas.ViaProxy.RegisterAndLoginAsync("replica-split");
        var product = await replicas.ViaProxy.CreateProductAsync(replicas.AdminToken, stock: 100);
        HubClient[] hubs = [
            await HubClient.ConnectAsync(replicas.B.BaseAddress, user.AccessToken, negotiateAt: replicas.A.BaseAddress),
            await HubClient.ConnectAsync(replicas.A.BaseAddress, user.AccessToken, negotiateAt: replicas.B.BaseAddress)];
        try
        {
            Assert.All(hubs, hub => Assert.Equal((HubConnectionState.Connected, 1), (hub.State, hub.NegotiatedElsewhere)));
            var order = await replicas.ViaProxy.PlaceOrderAsync(user.AccessToken, product, quantity: 1);

            await Task.WhenAll(hubs.Select(hub => Waiting.UntilPushedAsync(hub, [(order, "pending"), (order, "confirmed")], Waiting.Confirmation())));
            Assert.All(hubs, hub => Assert.All(hub.Pushes.Values, count => Assert.Equal(1, count)));
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_clients_101st_request_is_refused_whichever_instance_gets_it()
    {
        var user = await replicas.ViaProxy.RegisterAndLoginAsync("replica-limit");
        HostProcess[] instances = [replicas.A, replicas.B];
        var direct = instances.Select(Deployment.Direct).ToArray();

        for (var request = 1; request <= 100; request++)
        {
            using var served = await direct[request % 2].SendAsync(HttpMethod.Get, "/api/orders", user.AccessToken);
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"request {request} on {instances[request % 2].Name}: {(int)served.StatusCode}");
            Assert.Equal($"{100 - request}", served.Headers.GetValues("RateLimit-Remaining").Single());
        }

        foreach (var refusing in direct.Append(replicas.ViaProxy))
        {
            using var refused = await refusing.SendAsync(HttpMethod.Get, "/api/orders", user.AccessToken);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        }
    }

    [Fact]
    public async Task Anonymous_clients_behind_the_proxy_each_spend_a_budget_of_their_own()
    {
        using var first = Loopback.Client(replicas.Proxy.BaseAddress, "127.0.0.2");
        using var second = Loopback.Client(replicas.Proxy.BaseAddress, "127.0.0.3");
        var wrong = new { email = "nobody@scale.test", password = "not-the-password" };

        // The contract's default: 5 failed logins per client and window; the proxy forwards each client's own address.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await new Shop(first).SendAsync(HttpMethod.Post, "/api/identity/login", body: wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var limited = await new Shop(first).SendAsync(HttpMethod.Post, "/api/identity/login", body: wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        using var other = await new Shop(second).SendAsync(HttpMethod.Post, "/api/identity/login", body: wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task A_change_made_on_one_instance_is_read_at_once_on_the_other_that_had_cached_it()
    {
        // Products are kept in each instance's memory; a change answers only once every instance has dropped its copy.
        var reader = await replicas.ViaProxy.RegisterAndLoginAsync("replica-cache");
        var product = await replicas.ViaProxy.CreateProductAsync(replicas.AdminToken, stock: 100);
        var direct = new[] { replicas.A, replicas.B }.Select(Deployment.Direct).ToArray();

        for (var round = 1; round <= 10; round++)
        {
            foreach (var instance in direct)
            {
                Assert.Equal(101 - round, await StockAsync(instance, reader.AccessToken, product));
            }

            using var changed = await direct[round % 2].SendAsync(HttpMethod.Patch, $"/api/products/{product}", replicas.AdminToken, new { stock = 100 - round });
            await Shop.Expect(changed, HttpStatusCode.OK);

            Assert.Equal(100 - round, await StockAsync(direct[(round + 1) % 2], reader.AccessToken, product));
        }
    }

    private static async Task<int> StockAsync(Shop instance, string token, Guid productId)
    {
        using var read = await instance.SendAsync(HttpMethod.Get, $"/api/products/{productId}", token);
        await Shop.Expect(read, HttpStatusCode.OK);
        return (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stock").GetInt32();
    }
}
