using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.IntegrationTests.Identity;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Users;
using Modular.Testing;

namespace Modular.IntegrationTests.Foundation;

/// <summary>One instant per timestamp: what a write answers is what the next read of the stored row answers, in microseconds.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class TimestampPrecisionTests(ModularApiFactory factory)
{
    [Fact]
    public async Task A_profile_shows_the_same_instants_after_registration_and_after_every_change()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var email = IdentityClient.NewEmail("instants");
        var registered = await IdentityClient.JsonAsync(await identity.RegisterAsync(email));
        var session = await identity.SignInAsync(email);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        var profile = await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        Assert.Equal(Stamp(registered, "createdAt"), Stamp(await BodyAsync(profile), "createdAt"));

        for (var change = 0; change < 5; change++)
        {
            var patched = await BodyAsync(await client.PatchAsJsonAsync($"/api/users/{session.UserId}", new { name = $"Instant {change}" }));
            var read = await BodyAsync(await client.GetAsync($"/api/users/{session.UserId}"));
            Assert.Equal(Stamp(patched, "updatedAt"), Stamp(read, "updatedAt"));
            Assert.Equal(Stamp(patched, "createdAt"), Stamp(read, "createdAt"));
        }
    }

    [Fact]
    public async Task A_product_and_an_order_show_the_same_instants_after_every_write()
    {
        var api = new OrdersApi(factory.CreateClient());
        var created = await api.CreateProductAsync(OrdersApi.UniqueSku("instant"), 2.5m, 50);
        var productId = created.GetProperty("id").GetGuid();
        var read = await OrdersApi.ReadAsync(await api.SendAsync(HttpMethod.Get, $"/api/products/{productId}"), HttpStatusCode.OK);
        Assert.Equal((Stamp(created, "createdAt"), Stamp(created, "updatedAt")), (Stamp(read, "createdAt"), Stamp(read, "updatedAt")));

        for (var change = 0; change < 3; change++)
        {
            var patched = await OrdersApi.ReadAsync(await api.SendAsync(HttpMethod.Patch, $"/api/products/{productId}", api.AdminId, new { stock = 40 + change }, admin: true), HttpStatusCode.OK);
            var again = await OrdersApi.ReadAsync(await api.SendAsync(HttpMethod.Get, $"/api/products/{productId}"), HttpStatusCode.OK);
            Assert.Equal(Stamp(patched, "updatedAt"), Stamp(again, "updatedAt"));
        }

        var user = OrdersApi.NewUser();
        var placed = await api.PlaceOkAsync(user, (productId, 1));
        var orderId = placed.GetProperty("id").GetGuid();
        Assert.Equal(Stamp(placed, "createdAt"), Stamp(await api.GetOrderAsync(orderId, user), "createdAt"));
        var cancelled = await OrdersApi.ReadAsync(await api.SendAsync(HttpMethod.Post, $"/api/orders/{orderId}/cancel", user), HttpStatusCode.OK);
        Assert.Equal(Stamp(cancelled, "updatedAt"), Stamp(await api.GetOrderAsync(orderId, user), "updatedAt"));
    }

    private static string Stamp(JsonElement body, string name)
    {
        var value = body.GetProperty(name).GetString()!;
        Assert.Matches(Microseconds(), value);
        return value;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>UTC with six fractional digits, always: the precision PostgreSQL keeps, at a width that sorts.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")]
    private static partial Regex Microseconds();
}
