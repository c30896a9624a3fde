using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace Modular.Shared.Web.Platform;

internal static class RedisConnection
{
    /// <summary>Connects without failing when Redis is down: the multiplexer keeps retrying and recovers by itself.</summary>
    public static IConnectionMultiplexer Connect(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(PlatformServiceCollectionExtensions.RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Redis is not set (environment variable ConnectionStrings__Redis).");
        }

        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 5000);
        return ConnectionMultiplexer.Connect(options);
    }
}
