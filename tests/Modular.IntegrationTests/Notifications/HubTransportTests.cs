using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Connections;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

/// <summary>
/// The hub over plain HTTP: what SignalR refuses itself (no connection id, an unknown one) is the contract's problem+json,
/// not its text/plain; and the HTTP transports (long polling, server-sent events) still carry pushes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HubTransportTests(ModularApiFactory factory)
{
    public static TheoryData<string, string, HttpStatusCode> Refused => new()
    {
        { "GET", "", HttpStatusCode.BadRequest },
        { "POST", "", HttpStatusCode.BadRequest },
        { "GET", "?id=not-a-connection", HttpStatusCode.NotFound },
        { "POST", "?id=not-a-connection", HttpStatusCode.NotFound },
        { "DELETE", "?id=not-a-connection", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_request_SignalR_refuses_itself_is_a_problem(string method, string query, HttpStatusCode status)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), NotificationsHubClient.HubPath + query);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(Guid.CreateVersion7(), "hub@notifications.test"));

        var problem = await ProblemAssert.IsProblemAsync(await client.SendAsync(request), status);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData(HttpTransportType.LongPolling)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    public async Task The_HTTP_transports_still_deliver_pushes(HttpTransportType transport)
    {
        await factory.WaitUntilReadyAsync();
        var owner = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(factory.Server, TestTokens.For(owner, "polling@notifications.test"), transport: transport);
        var orderId = Guid.CreateVersion7();

        await factory.PublishAsync(OrderEvents.Placed(owner, orderId));

        var received = await client.WaitForAsync(orderId, "pending", TimeSpan.FromSeconds(15));
        Assert.Equal("pending", Assert.Single(received).Status);
    }
}
