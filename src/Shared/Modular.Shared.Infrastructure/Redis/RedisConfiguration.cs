using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Redis;

/// <summary>The one reading of <c>ConnectionStrings:Redis</c> every Redis connection of the host starts from.</summary>
public static class RedisConfiguration
{
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// Options that never fail the host when Redis is away: the multiplexer connects in the background and heals itself.
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
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, maxConnectTimeoutMilliseconds);
        return options;
    }
}
