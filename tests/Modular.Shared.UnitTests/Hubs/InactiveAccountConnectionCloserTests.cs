using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Shared.Application.Security;
using Modular.Shared.Web.Hubs;
using NSubstitute;

namespace Modular.Shared.UnitTests.Hubs;

public sealed class InactiveAccountConnectionCloserTests
{
    private readonly AccountConnections _connections = new();
    private readonly IAccountLiveness _liveness = Substitute.For<IAccountLiveness>();

    [Fact]
    public async Task Every_connection_of_an_inactive_account_is_aborted_and_forgotten_and_no_other()
    {
        var (gone, stays) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var goneTabs = new[] { Connection(gone), Connection(gone) };
        var staying = Connection(stays);
        foreach (var connection in goneTabs.Append(staying))
        {
            _connections.Add(Subject(connection), connection);
        }

        _liveness.FindInactiveAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>()).Returns([gone]);

        var closed = await Closer().CloseInactiveAsync(CancellationToken.None);

        Assert.Equal(2, closed);
        Assert.All(goneTabs, tab => tab.Received(1).Abort());
        staying.DidNotReceive().Abort();
        Assert.Equal([stays], _connections.Users);
        await _liveness.Received(1).FindInactiveAsync(Arg.Is<IReadOnlyCollection<Guid>>(users => users.Count == 2), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Without_connections_nothing_is_asked()
    {
        var connection = Connection(Guid.CreateVersion7());
        _connections.Add(Subject(connection), connection);
        _connections.Remove(Subject(connection), connection.ConnectionId);

        Assert.Equal(0, await Closer().CloseInactiveAsync(CancellationToken.None));
        await _liveness.DidNotReceiveWithAnyArgs().FindInactiveAsync(default!, default);
    }

    [Fact]
    public async Task The_hub_filter_records_a_connection_from_connect_to_disconnect()
    {
        var filter = new AccountConnectionsHubFilter(_connections);
        var connection = Connection(Guid.CreateVersion7());
        var lifetime = new HubLifetimeContext(connection, Substitute.For<IServiceProvider>(), Substitute.For<Hub>());

        await filter.OnConnectedAsync(lifetime, _ => Task.CompletedTask);
        Assert.Equal([Subject(connection)], _connections.Users);

        await filter.OnDisconnectedAsync(lifetime, null, (_, _) => Task.CompletedTask);
        Assert.Empty(_connections.Users);
    }

    private InactiveAccountConnectionCloser Closer() =>
        new(_connections, _liveness, TimeProvider.System, NullLogger<InactiveAccountConnectionCloser>.Instance);

    private static HubCallerContext Connection(Guid userId)
    {
        var connection = Substitute.For<HubCallerContext>();
        connection.ConnectionId.Returns(Guid.NewGuid().ToString("N"));
        connection.User.Returns(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userId.ToString())], "test")));
        return connection;
    }

    private static Guid Subject(HubCallerContext connection) => Guid.Parse(connection.User!.FindFirst("sub")!.Value);
}
