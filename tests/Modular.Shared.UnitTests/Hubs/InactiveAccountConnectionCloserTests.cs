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
    public async Task Every_connection_of_a_refused_login_is_aborted_and_forgotten_and_no_other()
    {
        var (gone, stays) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var goneTabs = new[] { Connection(gone), Connection(gone) };
        var staying = Connection(stays);
        foreach (var connection in goneTabs.Append(staying))
        {
            _connections.Add(Session(connection), connection);
        }

        _liveness.FindRefusedAsync(Arg.Any<IReadOnlyCollection<AccountSession>>(), Arg.Any<CancellationToken>()).Returns([new AccountSession(gone, null)]);

        var closed = await Closer().CloseInactiveAsync(CancellationToken.None);

        Assert.Equal(2, closed);
        Assert.All(goneTabs, tab => tab.Received(1).Abort());
        staying.DidNotReceive().Abort();
        Assert.Equal([new AccountSession(stays, null)], _connections.Sessions);
        await _liveness.Received(1).FindRefusedAsync(Arg.Is<IReadOnlyCollection<AccountSession>>(sessions => sessions.Count == 2), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_ended_login_closes_its_connections_and_not_those_of_the_account_s_other_logins()
    {
        var (user, ended, open) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var endedTabs = new[] { Connection(user, ended), Connection(user, ended) };
        var otherLogin = Connection(user, open);
        var withoutSid = Connection(user);
        foreach (var connection in endedTabs.Append(otherLogin).Append(withoutSid))
        {
            _connections.Add(Session(connection), connection);
        }

        _liveness.FindRefusedAsync(Arg.Any<IReadOnlyCollection<AccountSession>>(), Arg.Any<CancellationToken>()).Returns([new AccountSession(user, ended)]);

        Assert.Equal(2, await Closer().CloseInactiveAsync(CancellationToken.None));

        Assert.All(endedTabs, tab => tab.Received(1).Abort());
        otherLogin.DidNotReceive().Abort();
        withoutSid.DidNotReceive().Abort();
        Assert.Equal([new AccountSession(user, open), new AccountSession(user, null)], _connections.Sessions.OrderBy(session => session.SessionId is null));
        // Each login is asked about once, whatever its number of connections.
        await _liveness.Received(1).FindRefusedAsync(Arg.Is<IReadOnlyCollection<AccountSession>>(sessions => sessions.Count == 3), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Without_connections_nothing_is_asked()
    {
        var connection = Connection(Guid.CreateVersion7());
        _connections.Add(Session(connection), connection);
        _connections.Remove(Session(connection).UserId, connection.ConnectionId);

        Assert.Equal(0, await Closer().CloseInactiveAsync(CancellationToken.None));
        await _liveness.DidNotReceiveWithAnyArgs().FindRefusedAsync(default!, default);
    }

    [Fact]
    public async Task The_hub_filter_records_a_connection_with_its_login_from_connect_to_disconnect()
    {
        var filter = new AccountConnectionsHubFilter(_connections);
        var connection = Connection(Guid.CreateVersion7(), Guid.CreateVersion7());
        var lifetime = new HubLifetimeContext(connection, Substitute.For<IServiceProvider>(), Substitute.For<Hub>());

        await filter.OnConnectedAsync(lifetime, _ => Task.CompletedTask);
        Assert.Equal([Session(connection)], _connections.Sessions);

        await filter.OnDisconnectedAsync(lifetime, null, (_, _) => Task.CompletedTask);
        Assert.Empty(_connections.Sessions);
    }

    private InactiveAccountConnectionCloser Closer() =>
        new(_connections, _liveness, TimeProvider.System, NullLogger<InactiveAccountConnectionCloser>.Instance);

    private static HubCallerContext Connection(Guid userId, Guid? sessionId = null)
    {
        var connection = Substitute.For<HubCallerContext>();
        connection.ConnectionId.Returns(Guid.NewGuid().ToString("N"));
        Claim[] claims = sessionId is { } sid ? [new("sub", userId.ToString()), new("sid", sid.ToString())] : [new("sub", userId.ToString())];
        connection.User.Returns(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return connection;
    }

    private static AccountSession Session(HubCallerContext connection) =>
        new(Guid.Parse(connection.User!.FindFirst("sub")!.Value), Guid.TryParse(connection.User.FindFirst("sid")?.Value, out var sid) ? sid : null);
}
