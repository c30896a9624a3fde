using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

/// <summary>
/// A WebSocket whose negotiate reached another instance (a proxy without sticky sessions, an instance restarted in
/// between) carries a connection token this instance never handed out: it opens a new connection here instead of
/// SignalR's 404 (ADR 0052), behind the same refusals as any other. The instance's own tokens keep their connection.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HubNegotiatedElsewhereTests(ModularApiFactory factory)
{
    private const string Handshake = "{\"protocol\":\"json\",\"version\":1}\u001e";

    [Fact]
    public async Task A_WebSocket_with_a_connection_token_another_instance_handed_out_connects_and_completes_the_handshake()
    {
        using var socket = await UpgradeAsync(connectionToken: Guid.NewGuid().ToString("N"), Token("elsewhere"));

        Assert.Equal("{}\u001e", await HandshakeAsync(socket));
    }

    [Fact]
    public async Task A_WebSocket_with_a_connection_token_of_this_instance_uses_that_connection_and_only_once()
    {
        var accessToken = Token("here");
        var connectionToken = await NegotiateAsync(accessToken);
        using var socket = await UpgradeAsync(connectionToken, accessToken);
        Assert.Equal("{}\u001e", await HandshakeAsync(socket));

        // Were the token dropped, a second WebSocket would open a connection of its own; SignalR refuses it as in use.
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => UpgradeAsync(connectionToken, accessToken));
        Assert.Contains("409", second.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    public async Task A_WebSocket_negotiated_elsewhere_without_a_valid_access_token_is_refused(string accessToken)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => UpgradeAsync(Guid.NewGuid().ToString("N"), accessToken));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_sent_events_with_a_connection_token_another_instance_handed_out_are_a_404_problem()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{NotificationsHubClient.HubPath}?id={Guid.NewGuid():N}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token("sse"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Token(string name) => TestTokens.For(Guid.CreateVersion7(), $"{name}-{Guid.NewGuid():N}@notifications.test");

    private async Task<string> NegotiateAsync(string accessToken)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.PostAsync($"{NotificationsHubClient.HubPath}/negotiate?negotiateVersion=1", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString()!;
    }

    private Task<WebSocket> UpgradeAsync(string connectionToken, string accessToken) =>
        factory.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(factory.Server.BaseAddress, $"{NotificationsHubClient.HubPath}?id={connectionToken}&access_token={Uri.EscapeDataString(accessToken)}"),
            CancellationToken.None);

    private static async Task<string> HandshakeAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.SendAsync(Encoding.UTF8.GetBytes(Handshake), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }
}
