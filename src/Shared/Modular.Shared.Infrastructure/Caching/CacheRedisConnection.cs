using Microsoft.Extensions.Configuration;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// The Redis connection of the cache (its distributed level and its backplane), its own so that nothing the cache
/// does (the distributed cache closes the connection it was given when it is disposed) touches the connection other
/// features share. Short timeouts and no backlog: while Redis is unreachable a cache call fails at once instead of
/// queueing, and callers go to the database.
/// </summary>
public sealed class CacheRedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public CacheRedisConnection(IConfiguration configuration)
    {
        var options = RedisConfiguration.From(configuration, maxConnectTimeoutMilliseconds: 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
    }

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
