using System.Net;
using System.Text.Json;
using Modular.ScaleOutTests.Clients;
using Modular.ScaleOutTests.Deployments;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests;

/// <summary>
/// Identity and Users in one process, Orders and Notifications in two instances, one address in front (nginx): the
/// contract's flows still work end to end, each crossing processes only through RabbitMQ, Redis and the proxy.
/// </summary>
[Collection(SplitCollection.Name)]
public sealed class SplitDeploymentTests(SplitDeployment split)
{
    private static readonly string[] AllModules = ["identity", "notifications", "orders", "users"];

    [Fact]
    public async Task Each_process_migrates_serves_and_reports_its_own_modules_only()
    {
        Assert.Equal(["identity", "users"], split.SchemasAfterMigrateCommand);
        Assert.Equal(AllModules, await split.ModuleSchemasAsync());
        // Migrations on start were off for Identity/Users; the two Orders instances started together applied theirs once.
        Assert.Empty(Deployment.Migrations(split.IdentityUsers));
        foreach (var module in new[] { "orders", "notifications" })
        {
            var applied = split.OrdersInstances.Select(host => Assert.Single(Deployment.Migrations(host), line => line.Module == module).Applied).Order().ToList();
            Assert.Equal(0, applied[0]);
            Assert.True(applied[1] > 0, $"{module}: no instance applied its migrations");
        }

        var identity = Deployment.Direct(split.IdentityUsers);
        var orders = Deployment.Direct(split.OrdersA);
        await AssertNotServedAsync(identity, HttpMethod.Get, "/api/products");
        await AssertNotServedAsync(identity, HttpMethod.Post, "/hubs/notifications/negotiate?negotiateVersion=1");
        await AssertNotServedAsync(orders, HttpMethod.Post, "/api/identity/login");
        await AssertNotServedAsync(orders, HttpMethod.Get, $"/api/users/{Guid.NewGuid()}");
        using var ready = await orders.SendAsync(HttpMethod.Get, "/health/ready");
        var checks = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"orders\"", checks, StringComparison.Ordinal);
        Assert.DoesNotContain("\"identity\"", checks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_and_the_OpenAPI_document_through_the_proxy_span_every_module()
    {
        var user = await split.ViaProxy.RegisterAndLoginAsync("split-gateway");
        var product = await split.ViaProxy.CreateProductAsync(split.AdminToken, stock: 5);

        // One document reading Identity's account, Orders' product and order list: a process without all modules
        // answers "Cannot query field".
        using var graphql = await split.ViaProxy.SendAsync(
            HttpMethod.Post,
            "/graphql",
            user.AccessToken,
            new { query = $$"""{ me { id } product(id: "{{product}}") { id stock } orders(page: 1, limit: 1) { pagination { total } } }""" });
        var answer = await graphql.Content.ReadAsStringAsync();
        Assert.True(graphql.StatusCode == HttpStatusCode.OK, answer);
        var data = JsonDocument.Parse(answer).RootElement;
        Assert.False(data.TryGetProperty("errors", out _), answer);
        Assert.Equal(user.Id, data.GetProperty("data").GetProperty("me").GetProperty("id").GetGuid());
        Assert.Equal(5, data.GetProperty("data").GetProperty("product").GetProperty("stock").GetInt32());

        using var document = await split.ViaProxy.SendAsync(HttpMethod.Get, "/openapi/v1.json");
        var paths = JsonDocument.Parse(await document.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        var listed = paths.EnumerateObject().Select(path => path.Name).ToList();
        foreach (var path in new[] { "/api/identity/login", "/api/users/{id}", "/api/products/{id}", "/api/orders" })
        {
            Assert.Contains(path, listed);
        }
    }

    [Fact]
    public async Task Each_modules_queues_are_consumed_by_the_processes_running_that_module_and_no_other()
    {
        // One consumer per process on each queue of its modules: Identity/Users alone, Orders/Notifications on both instances.
        var expected = new Dictionary<string, int> { ["identity"] = 1, ["users"] = 1, ["orders"] = 2, ["notifications"] = 2 };
        string Mismatches(IReadOnlyDictionary<string, int> queues) => string.Join("; ", expected.SelectMany(module =>
        {
            var own = queues.Where(queue => queue.Key.StartsWith($"{module.Key}.", StringComparison.Ordinal)
                && !queue.Key.EndsWith("_error", StringComparison.Ordinal) && !queue.Key.EndsWith("_skipped", StringComparison.Ordinal)).ToList();
            return own.Count == 0
                ? [$"no {module.Key} queue"]
                : own.Where(queue => queue.Value != module.Value).Select(queue => $"{queue.Key} has {queue.Value} consumer(s), expected {module.Value}");
        }));

        await Eventually.Until(async () => Mismatches(await split.QueueConsumersAsync()), mismatches => mismatches.Length == 0, TimeSpan.FromSeconds(30), "each module's queues consumed by its own processes");
    }

    [Fact]
    public async Task Orders_placed_through_the_proxy_on_each_instance_are_confirmed_for_a_user_registered_in_another_process()
    {
        var product = await split.ViaProxy.CreateProductAsync(split.AdminToken, stock: 1000);
        var user = await split.ViaProxy.RegisterAndLoginAsync("split-orders");
        // The profile comes from Identity's event, consumed by Users in the same process; read through the proxy.
        await Eventually.Until(
            async () => (await split.ViaProxy.SendAsync(HttpMethod.Get, $"/api/users/{user.Id}", user.AccessToken)).StatusCode,
            status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10),
            "the new user's profile");

        var placed = new Dictionary<HostProcess, Guid>();
        for (var attempt = 0; attempt < 10 && placed.Count < 2; attempt++)
        {
            var correlationId = Shop.NewCorrelationId();
            var order = await split.ViaProxy.PlaceOrderAsync(user.AccessToken, product, quantity: 2, correlationId);
            placed.TryAdd(await Waiting.InstanceAsync(split.Proxy, correlationId, split.OrdersInstances), order);
        }

        Assert.Equal(2, placed.Count);
        foreach (var order in placed.Values)
        {
            await Waiting.UntilStatusAsync(split.ViaProxy, user.AccessToken, order, "confirmed", Waiting.Confirmation(SplitDeployment.PaymentDelayMilliseconds));
        }
    }

    [Fact]
    public async Task Hub_clients_connected_by_WebSocket_through_the_proxy_to_either_instance_receive_their_own_pushes()
    {
        var product = await split.ViaProxy.CreateProductAsync(split.AdminToken, stock: 1000);
        var clients = new List<(Clients.Account User, HubClient Hub, HostProcess Instance)>();
        try
        {
            // The proxy keeps a client on one instance (hash of its token); new users until both instances hold one.
            while (clients.Select(client => client.Instance).Distinct().Count() < 2)
            {
                Assert.True(clients.Count < 16, "every hub connection landed on the same instance");
                var user = await split.ViaProxy.RegisterAndLoginAsync("split-hub");
                var hub = await HubClient.ConnectAsync(split.Proxy.BaseAddress, user.AccessToken, webSocketsOnly: true);
                clients.Add((user, hub, await Waiting.InstanceAsync(split.Proxy, hub.CorrelationId, split.OrdersInstances)));
            }

            var orders = new List<Guid>();
            foreach (var (user, _, _) in clients)
            {
                orders.Add(await split.ViaProxy.PlaceOrderAsync(user.AccessToken, product, quantity: 1));
            }

            var timeout = Waiting.Confirmation(SplitDeployment.PaymentDelayMilliseconds);
            await Task.WhenAll(clients.Select((client, index) => Waiting.UntilPushedAsync(client.Hub, [(orders[index], "pending"), (orders[index], "confirmed")], timeout)));
            for (var index = 0; index < clients.Count; index++)
            {
                Assert.All(clients[index].Hub.Pushes.Keys, push => Assert.Equal(orders[index], push.OrderId));
            }
        }
        finally
        {
            foreach (var (_, hub, _) in clients)
            {
                await hub.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Deleting_a_user_in_one_process_cancels_their_pending_orders_in_the_others_and_restores_stock()
    {
        var product = await split.ViaProxy.CreateProductAsync(split.AdminToken, stock: 100);
        var user = await split.ViaProxy.RegisterAndLoginAsync("split-deleted");
        var first = await split.ViaProxy.PlaceOrderAsync(user.AccessToken, product, quantity: 3);
        var second = await split.ViaProxy.PlaceOrderAsync(user.AccessToken, product, quantity: 4);
        Assert.Equal(93, await split.ViaProxy.StockAsync(product));

        using var deleted = await split.ViaProxy.SendAsync(HttpMethod.Delete, $"/api/users/{user.Id}", user.AccessToken);
        await Shop.Expect(deleted, HttpStatusCode.NoContent);

        // Still inside the payment step: pending, so cancelled, never confirmed.
        foreach (var order in new[] { first, second })
        {
            await Waiting.UntilStatusAsync(split.ViaProxy, split.AdminToken, order, "cancelled", TimeSpan.FromMilliseconds(SplitDeployment.PaymentDelayMilliseconds));
        }

        Assert.Equal(100, await split.ViaProxy.StockAsync(product));
    }

    [Fact]
    public async Task A_deleted_users_token_is_refused_by_every_Orders_instance_and_its_hub_connections_closed_within_5_seconds()
    {
        var user = await split.ViaProxy.RegisterAndLoginAsync("split-token");
        var instances = split.OrdersInstances.Select(Deployment.Direct).ToList();
        var hubs = new List<HubClient>();
        try
        {
            foreach (var (instance, host) in instances.Zip(split.OrdersInstances))
            {
                using var served = await instance.SendAsync(HttpMethod.Get, "/api/orders", user.AccessToken);
                await Shop.Expect(served, HttpStatusCode.OK);
                hubs.Add(await HubClient.ConnectAsync(host.BaseAddress, user.AccessToken));
            }

            using var deleted = await split.ViaProxy.SendAsync(HttpMethod.Delete, $"/api/users/{user.Id}", user.AccessToken);
            await Shop.Expect(deleted, HttpStatusCode.NoContent);
            var bound = TimeSpan.FromSeconds(5);

            // Neither instance runs Identity: each must learn it from what Identity publishes, within the contract's bound.
            await Task.WhenAll(instances.Select(instance => Eventually.Until(
                async () => (await instance.SendAsync(HttpMethod.Get, "/api/orders", user.AccessToken)).StatusCode,
                status => status == HttpStatusCode.Unauthorized,
                bound,
                $"{instance.BaseAddress} refusing the deleted user's token")));
            await Task.WhenAll(hubs.Select(hub => Eventually.Until(
                () => Task.FromResult(hub.Closed),
                closed => closed,
                bound,
                $"hub connection {hub.CorrelationId} of the deleted user closed")));
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    private static async Task AssertNotServedAsync(Shop process, HttpMethod method, string path)
    {
        using var response = await process.SendAsync(method, path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
