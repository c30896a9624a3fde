using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Application.Security;
using Modular.Shared.Web.Hubs;
using NSubstitute;

namespace Modular.Shared.UnitTests.Hubs;

public sealed class HeldHubConnectionsTests
{
    [Fact]
    public void Closing_all_aborts_every_connection_of_every_user_and_forgets_them()
    {
        var connections = new AccountConnections();
        var (ada, bob) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var held = new[] { Held(connections, ada, Guid.CreateVersion7()), Held(connections, ada, null), Held(connections, bob, null) };

        Assert.Equal(3, ((IHeldHubConnections)connections).CloseAll());

        Assert.All(held, connection => connection.Received(1).Abort());
        Assert.Empty(connections.Sessions);
        Assert.Equal(0, ((IHeldHubConnections)connections).CloseAll());
    }

    private static HubCallerContext Held(AccountConnections connections, Guid userId, Guid? sessionId)
    {
        var connection = Substitute.For<HubCallerContext>();
        connection.ConnectionId.Returns(Guid.NewGuid().ToString("N"));
        connections.Add(new AccountSession(userId, sessionId), connection);
        return connection;
    }
}
