using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Application.Security;

namespace Modular.Shared.Web.Hubs;

/// <summary>
/// The hub connections this process holds, by user and login (<see cref="AccountSession"/>): the ones an inactive account's
/// or an ended login's closing must reach here.
/// </summary>
internal sealed class AccountConnections : IHeldHubConnections
{
    private readonly Dictionary<Guid, Dictionary<string, (HubCallerContext Connection, Guid? SessionId)>> _byUser = [];
    private readonly Lock _lock = new();

    /// <summary>Every login that has a connection here, once each.</summary>
    public IReadOnlyCollection<AccountSession> Sessions
    {
        get
        {
            lock (_lock)
            {
                return [.. _byUser.SelectMany(user => user.Value.Values.Select(held => new AccountSession(user.Key, held.SessionId))).Distinct()];
            }
        }
    }

    public void Add(AccountSession session, HubCallerContext connection)
    {
        lock (_lock)
        {
            if (!_byUser.TryGetValue(session.UserId, out var connections))
            {
                _byUser[session.UserId] = connections = [];
            }

            connections[connection.ConnectionId] = (connection, session.SessionId);
        }
    }

    public void Remove(Guid userId, string connectionId)
    {
        lock (_lock)
        {
            if (_byUser.TryGetValue(userId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                _byUser.Remove(userId);
            }
        }
    }

    /// <summary>Aborts every connection of <paramref name="session"/> (that user, that login) held here and forgets them; returns how many.</summary>
    public int Close(AccountSession session)
    {
        List<HubCallerContext> closing;
        lock (_lock)
        {
            if (!_byUser.TryGetValue(session.UserId, out var connections))
            {
                return 0;
            }

            closing = [.. connections.Values.Where(held => held.SessionId == session.SessionId).Select(held => held.Connection)];
            foreach (var connection in closing)
            {
                connections.Remove(connection.ConnectionId);
            }

            if (connections.Count == 0)
            {
                _byUser.Remove(session.UserId);
            }
        }

        foreach (var connection in closing)
        {
            connection.Abort();
        }

        return closing.Count;
    }

    public int CloseAll()
    {
        List<HubCallerContext> closing;
        lock (_lock)
        {
            closing = [.. _byUser.Values.SelectMany(connections => connections.Values.Select(held => held.Connection))];
            _byUser.Clear();
        }

        foreach (var connection in closing)
        {
            connection.Abort();
        }

        return closing.Count;
    }
}
