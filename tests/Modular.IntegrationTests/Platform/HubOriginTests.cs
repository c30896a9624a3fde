using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Browsers do not apply CORS to a WebSocket upgrade: the hub itself refuses a page of another origin, even with a valid
/// token, while clients that send no <c>Origin</c> (mobile apps, servers) and pages of allowed origins connect.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HubOriginTests(PlatformHosts hosts)
{
    private const string Hub = "/hubs/notifications";

    public static TheoryData<string?> Accepted => new() { null, PlatformHosts.AllowedOrigin, "https://admin.example.test" };

    public static TheoryData<string> Foreign => new() { "https://evil.example.test", "http://app.example.test", "https://app.example.test:8443", "null" };

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task A_WebSocket_upgrade_from_another_origin_is_refused_even_with_a_valid_token(string origin)
    {
        var token = await AccessTokenAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => UpgradeAsync(origin, token));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task Negotiate_from_another_origin_is_a_403_problem(string origin)
    {
        using var client = hosts.Testing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Hub}/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        request.Headers.Authorization = new("Bearer", await AccessTokenAsync());

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task A_WebSocket_upgrade_without_an_origin_or_from_an_allowed_one_connects(string? origin)
    {
        using var socket = await UpgradeAsync(origin, await AccessTokenAsync());

        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task The_origin_check_leaves_other_endpoints_to_CORS()
    {
        using var client = hosts.Testing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/products");
        request.Headers.Add("Origin", "https://evil.example.test");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private Task<System.Net.WebSockets.WebSocket> UpgradeAsync(string? origin, string token)
    {
        var client = hosts.Testing.Server.CreateWebSocketClient();
        if (origin is not null)
        {
            client.ConfigureRequest = request => request.Headers.Origin = origin;
        }

        return client.ConnectAsync(new Uri(hosts.Testing.Server.BaseAddress, $"{Hub}?access_token={Uri.EscapeDataString(token)}"), CancellationToken.None);
    }

    /// <summary>A real account's token, so the refusal is the origin's alone.</summary>
    private async Task<string> AccessTokenAsync()
    {
        using var client = hosts.Testing.CreateClient();
        var email = $"origin-{Guid.NewGuid():N}@tests.local";
        (await client.PostAsJsonAsync("/api/identity/register", new { name = "Origin Check", email, password = "origin-password" })).EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/api/identity/login", new { email, password = "origin-password" });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
