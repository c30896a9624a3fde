using System.Collections.Concurrent;

namespace Modular.Shared.Web.Hubs;

/// <summary>
/// The connection tokens this process handed out in its hub's negotiate answers, each remembered for
/// <see cref="Lifetime"/>: longer than SignalR keeps a negotiated connection that no transport uses (its disconnect
/// timeout, 15 s by default), so a token SignalR still knows is never taken for another instance's.
/// </summary>
internal sealed class NegotiatedConnections(TimeProvider time)
{
    /// <summary>How long a token is remembered after its negotiate answer.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, long> _negotiatedAt = new(StringComparer.Ordinal);
    private long _sweptAt = time.GetTimestamp();

    /// <summary>How many tokens are remembered now (expired ones included until the next sweep).</summary>
    public int Count => _negotiatedAt.Count;

    /// <summary>Remembers a token this process just handed out; forgets the expired ones at most once per <see cref="Lifetime"/>.</summary>
    public void Remember(string connectionToken)
    {
        var now = time.GetTimestamp();
        _negotiatedAt[connectionToken] = now;
        var sweptAt = Interlocked.Read(ref _sweptAt);
        if (time.GetElapsedTime(sweptAt, now) >= Lifetime && Interlocked.CompareExchange(ref _sweptAt, now, sweptAt) == sweptAt)
        {
            foreach (var (token, negotiatedAt) in _negotiatedAt)
            {
                if (time.GetElapsedTime(negotiatedAt, now) >= Lifetime)
                {
                    _negotiatedAt.TryRemove(new KeyValuePair<string, long>(token, negotiatedAt));
                }
            }
        }
    }

    /// <summary>Whether this process handed out <paramref name="connectionToken"/> less than <see cref="Lifetime"/> ago.</summary>
    public bool Knows(string connectionToken) =>
        _negotiatedAt.TryGetValue(connectionToken, out var negotiatedAt) && time.GetElapsedTime(negotiatedAt) < Lifetime;
}
