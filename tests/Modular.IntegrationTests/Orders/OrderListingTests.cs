using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class OrderListingTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task A_user_lists_only_its_own_orders_newest_first_filtered_by_status_and_paginated()
    {
        var product = await _api.CreateProductIdAsync("list", 1m, 100);
        var user = OrdersApi.NewUser();
        var other = OrdersApi.NewUser();
        var ids = new List<Guid>();
        for (var index = 0; index < 3; index++)
        {
            ids.Add((await _api.PlaceOkAsync(user, (product, 1))).GetProperty("id").GetGuid());
        }

        await _api.PlaceOkAsync(other, (product, 1));
        await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Post, $"/api/orders/{ids[1]}/cancel", user), HttpStatusCode.OK);

        var all = await ListAsync("/api/orders", user);
        Assert.Equal([ids[2], ids[1], ids[0]], Ids(all));
        Assert.Equal(3, all.GetProperty("pagination").GetProperty("total").GetInt32());

        var cancelled = await ListAsync("/api/orders?status=cancelled", user);
        Assert.Equal([ids[1]], Ids(cancelled));

        var page2 = await ListAsync("/api/orders?limit=2&page=2", user);
        Assert.Equal([ids[0]], Ids(page2));
        Assert.Equal(2, page2.GetProperty("pagination").GetProperty("pages").GetInt32());

        // A non-admin may name itself (the same answer as without userId), never someone else: a filter is not dropped silently.
        var ownId = await ListAsync($"/api/orders?userId={user}", user);
        Assert.Equal([ids[2], ids[1], ids[0]], Ids(ownId));

        await Eventually.Until(
            async () => Ids(await ListAsync("/api/orders?status=confirmed", user)).Count,
            count => count == 2,
            TimeSpan.FromSeconds(5),
            "two confirmed orders");
    }

    [Fact]
    public async Task An_admin_lists_everyones_orders_or_one_users()
    {
        var product = await _api.CreateProductIdAsync("adminlist", 1m, 10);
        var user = OrdersApi.NewUser();
        var id = (await _api.PlaceOkAsync(user, (product, 1))).GetProperty("id").GetGuid();
        await _api.PlaceOkAsync(OrdersApi.NewUser(), (product, 1));

        var ofUser = await ListAsync($"/api/orders?userId={user}", _api.AdminId, admin: true);
        var everyone = await ListAsync("/api/orders?limit=100", _api.AdminId, admin: true);

        Assert.Equal([id], Ids(ofUser));
        Assert.True(everyone.GetProperty("pagination").GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task A_non_admin_naming_another_user_is_403_whether_or_not_that_user_exists()
    {
        var product = await _api.CreateProductIdAsync("snoop", 1m, 10);
        var user = OrdersApi.NewUser();
        var other = OrdersApi.NewUser();
        await _api.PlaceOkAsync(other, (product, 1));

        foreach (var target in new[] { other, Guid.CreateVersion7() })
        {
            foreach (var query in new[] { $"userId={target}", $"userId={target}&status=pending", $"userId={target.ToString().ToUpperInvariant()}&page=2" })
            {
                var problem = await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/orders?{query}", user), HttpStatusCode.Forbidden);
                Assert.Contains("userId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/api/orders?status=shipped", "status")]
    [InlineData("/api/orders?status=PENDING", "status")]
    [InlineData("/api/orders?userId=not-a-guid", "userId")]
    [InlineData("/api/orders?page=0", "page")]
    public async Task Invalid_filters_are_400(string path, string field)
    {
        var problem = await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, path, _api.AdminId, admin: true), HttpStatusCode.BadRequest);

        Assert.Contains(field, OrdersApi.ErrorFields(problem));
    }

    private async Task<JsonElement> ListAsync(string path, Guid caller, bool admin = false) =>
        await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, path, caller, admin: admin), HttpStatusCode.OK);

    private static List<Guid> Ids(JsonElement page) =>
        [.. page.GetProperty("data").EnumerateArray().Select(order => order.GetProperty("id").GetGuid())];
}
