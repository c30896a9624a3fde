using Microsoft.AspNetCore.SignalR;

namespace Modular.Shared.Web.Hubs;

/// <summary>The hub connections this process holds, by user: the ones an inactive account's closing must reach here.</summary>
internal sealed class AccountConnections
{
    private readonly Dictionary<Guid, Dictionary<string, HubCallerContext>> _byUser = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<Guid> Users
    {
        get
        {
            lock (_lock)
            {
                return [.. _byUser.Keys];
            }
        }
    }

    public void Add(Guid userId, HubCallerContext connection)
    {
        lock (_lock)
        {
            if (!_byUser.TryGetValue(userId, out var connections))
            {
                _byUser[userId] = connections = [];
            }

            connections[connection.ConnectionId] = connection;
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

    /// <summary>Aborts every connection of <paramref name="userId"/> held here and forgets them; returns how many.</summary>
    public int Close(Guid userId)
    {
        List<HubCallerContext> closing;
        lock (_lock)
        {
            if (!_byUser.Remove(userId, out var connections))
            {
                return 0;
            }

            closing = [.. connections.Values];
        }

        foreach (var connection in closing)
        {
            connection.Abort();
        }

        return closing.Count;
    }
}
