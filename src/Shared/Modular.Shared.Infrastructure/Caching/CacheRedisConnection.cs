using Microsoft.Extensions.Configuration;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// The Redis connection behind the distributed cache, its own so that the cache may close it (RedisCache does on
/// dispose) without touching the connection other features share. Short timeouts: a cache that waits long for an
/// unreachable Redis is slower than no cache, and callers fall back to the database.
/// </summary>
public sealed class CacheRedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public CacheRedisConnection(IConfiguration configuration)
    {
        var options = RedisConfiguration.From(configuration, maxConnectTimeoutMilliseconds: 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
    }

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>False while Redis is unreachable: callers then skip the cache rather than wait for a timeout.</summary>
    public bool IsConnected => _multiplexer.Value.IsConnected;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
