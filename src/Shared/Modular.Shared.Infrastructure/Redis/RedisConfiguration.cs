using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Redis;

/// <summary>The one reading of <c>ConnectionStrings:Redis</c> every Redis connection of the host starts from.</summary>
public static class RedisConfiguration
{
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// Options that never fail the host when Redis is away: the multiplexer connects in the background and heals itself.
    /// Completions run on the .NET thread pool, not on StackExchange.Redis's shared dedicated pool of 10 threads: on 2
    /// cores that pool's work queue (one monitor, a <c>Monitor.Pulse</c> per write) was the most contended lock of the
    /// host under order placement, a sixth of its CPU (docs/performance.md).
    /// </summary>
    public static ConfigurationOptions From(IConfiguration configuration, int maxConnectTimeoutMilliseconds)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Redis is not set (environment variable ConnectionStrings__Redis).");
        }

        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.SocketManager = SocketManager.ThreadPool;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, maxConnectTimeoutMilliseconds);
        return options;
    }
}
