using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

[Collection(ApiCollection.Name)]
public sealed class HubAuthenticationTests(ModularApiFactory factory)
{
    public static TheoryData<string, string> BadTokens => new()
    {
        { "not a JWT", "garbage" },
        { "expired", TestTokens.Create(Guid.CreateVersion7(), "late@notifications.test", ["user"], DateTime.UtcNow.AddHours(-2), TimeSpan.FromMinutes(15)) },
        { "signed with another key", TestTokens.Create(Guid.CreateVersion7(), "forged@notifications.test", ["user"], DateTime.UtcNow, TimeSpan.FromMinutes(15), "another-signing-key-0123456789abcdefghijklmnop") },
    };

    [Fact]
    public async Task Negotiate_without_a_token_is_401_problem_json()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync($"{NotificationsHubClient.HubPath}/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negotiate_with_a_valid_token_in_the_query_is_accepted()
    {
        using var client = factory.CreateClient();
        var token = TestTokens.For(Guid.CreateVersion7(), "query@notifications.test");

        var response = await client.PostAsync($"{NotificationsHubClient.HubPath}/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_client_without_a_token_is_refused()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => NotificationsHubClient.ConnectAsync(factory.Server, accessToken: null));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_client_with_an_invalid_token_is_refused(string why, string token)
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => NotificationsHubClient.ConnectAsync(factory.Server, token));

        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {refused.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_WebSocket_straight_to_the_hub_with_an_invalid_query_token_is_refused(string why, string token)
    {
        await using var connection = NotificationsHubClient.BuildWebSocketOnly(factory.Server, token);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());

        Assert.True(refused.Message.Contains("401", StringComparison.Ordinal), $"{why}: {refused.Message}");
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task A_WebSocket_straight_to_the_hub_with_a_valid_query_token_connects()
    {
        await using var connection = NotificationsHubClient.BuildWebSocketOnly(factory.Server, TestTokens.For(Guid.CreateVersion7(), "ws@notifications.test"));

        await connection.StartAsync();

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task A_connection_is_closed_when_its_token_expires()
    {
        // Valid now, expiring in a few seconds: the server ends the connection then; the client must reconnect with a fresh token.
        var token = TestTokens.Create(Guid.CreateVersion7(), "expiring@notifications.test", ["user"], DateTime.UtcNow.AddMinutes(-15).AddSeconds(3), TimeSpan.FromMinutes(15));
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, token);
        Assert.Equal(HubConnectionState.Connected, client.State);

        await Eventually.Until(() => Task.FromResult(client.State), state => state == HubConnectionState.Disconnected, TimeSpan.FromSeconds(15), "the connection closed at token expiry");
    }
}
