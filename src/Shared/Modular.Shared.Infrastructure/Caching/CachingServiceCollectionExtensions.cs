using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Shared.Infrastructure.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// One <c>HybridCache</c> for every module, with Redis (<c>ConnectionStrings:Redis</c>) as its distributed level.
    /// Safe to call from several modules: the first call registers, later ones change nothing. Modules keep their
    /// entries apart by key prefix (<c>users:</c>, <c>orders:</c>) and choose per entry whether the in-process level
    /// may hold it (it is per instance, so only for data that may be briefly stale on another instance).
    /// </summary>
    public static IServiceCollection AddModularHybridCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(CacheRedisConnection)))
        {
            return services;
        }

        services.AddSingleton(_ => new CacheRedisConnection(configuration));
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IDistributedCache)))
        {
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>()
                .Configure<CacheRedisConnection>((options, connection) =>
                    options.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer));
        }

        services.AddHybridCache();
        return services;
    }
}
