using Microsoft.Extensions.Configuration;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Host.Platform;

internal static class RedisConnection
{
    /// <summary>Connects without failing when Redis is down: the multiplexer keeps retrying and recovers by itself.</summary>
    public static IConnectionMultiplexer Connect(IConfiguration configuration)
    {
        return ConnectionMultiplexer.Connect(RedisConfiguration.From(configuration, maxConnectTimeoutMilliseconds: 5000));
    }
}
