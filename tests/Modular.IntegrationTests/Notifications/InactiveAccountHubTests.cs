using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;
using Modular.IntegrationTests.Identity;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

/// <summary>
/// Open hub connections of an account that stops being active are closed within 5 seconds, on whichever instance holds
/// them: the published state decides, the instance holding the connection closes it (ADR 0021).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InactiveAccountHubTests(ModularApiFactory factory) : TwoInstanceTests(factory)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    [Fact]
    public async Task A_user_who_deletes_the_account_loses_every_open_connection_on_every_instance()
    {
        var identity = new IdentityClient(Factory.CreateClient());
        var session = await identity.SignUpAsync();
        var bystander = await identity.SignUpAsync();
        await using var here = await NotificationsHubClient.ConnectAsync(Factory.Server, session.AccessToken);
        await using var elsewhere = await NotificationsHubClient.ConnectAsync(Other.Server, session.AccessToken);
        await using var secondTab = await NotificationsHubClient.ConnectAsync(Other.Server, session.AccessToken);
        await using var untouched = await NotificationsHubClient.ConnectAsync(Other.Server, bystander.AccessToken);
        using var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        await Eventually.Until(() => http.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(5), "the profile");

        var deleted = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/users/{session.UserId}")).StatusCode);

        await Task.WhenAll(
            ClosedAsync(here, "on the instance that took the deletion"),
            ClosedAsync(elsewhere, "on the other instance"),
            ClosedAsync(secondTab, "the second tab on the other instance"));
        Assert.True(deleted.Elapsed < Bound, $"closed everywhere after {deleted.Elapsed}");
        Assert.Equal(HubConnectionState.Connected, untouched.State);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => NotificationsHubClient.ConnectAsync(Other.Server, session.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_disabled_state_whose_announcement_is_lost_still_closes_the_connections_within_5_seconds()
    {
        var user = Guid.CreateVersion7();
        await using var here = await NotificationsHubClient.ConnectAsync(Factory.Server, TestTokens.For(user, "lost@notifications.test"));
        await using var elsewhere = await NotificationsHubClient.ConnectAsync(Other.Server, TestTokens.For(user, "lost@notifications.test"));

        var disabled = Stopwatch.StartNew();
        await AccountStateStore.WriteSilentlyAsync(user, AccountStateKeys.Disabled);

        await Task.WhenAll(ClosedAsync(here, "here"), ClosedAsync(elsewhere, "elsewhere"));
        Assert.True(disabled.Elapsed < Bound, $"closed after {disabled.Elapsed}");
    }

    private static Task ClosedAsync(NotificationsHubClient client, string where) =>
        Eventually.Until(() => Task.FromResult(client.State), state => state == HubConnectionState.Disconnected, Bound, $"the connection closed {where}");
}
