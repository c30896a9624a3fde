using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.IntegrationEvents;
using Modular.Testing;

namespace Modular.IntegrationTests.Users;

/// <summary>Drives the Users API as a client would; accounts come into being by the registration event Identity publishes.</summary>
internal sealed class UsersApi<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory)
    where TEntryPoint : class
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly string _adminToken = TestTokens.Admin(Guid.CreateVersion7());

    public HttpClient Admin() => Client(_adminToken);

    public HttpClient As(TestUser user) => Client(TestTokens.For(user.Id, user.Email));

    public HttpClient Client(string? token)
    {
        var client = factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task PublishAsync(UserRegistered registered)
    {
        var bus = factory.Services.GetRequiredService<IBusControl>();
        // Until the bus is up the Users queue may not be bound yet, and a published event would be dropped.
        await Eventually.Until(() => Task.FromResult(bus.CheckHealth().Status), status => status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus ready");
        await bus.Publish(registered);
    }

    /// <summary>Publishes a registration and waits until the profile answers 200.</summary>
    public async Task<TestUser> RegisterAsync(string name, string email)
    {
        var user = new TestUser(Guid.CreateVersion7(), name, email);
        await PublishAsync(new UserRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, user.Id, name, email));
        await WaitUntilReadableAsync(user.Id);
        return user;
    }

    public async Task WaitUntilReadableAsync(Guid userId)
    {
        using var admin = Admin();
        await Eventually.Until(() => admin.GetAsync($"/api/users/{userId}"), response => response.StatusCode == HttpStatusCode.OK, Deadline, $"profile {userId} readable");
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid userId, object body) =>
        client.PatchAsync($"/api/users/{userId}", JsonContent.Create(body));

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
