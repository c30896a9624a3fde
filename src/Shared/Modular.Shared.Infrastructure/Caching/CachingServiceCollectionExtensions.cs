using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Time;
using ZiggyCreatures.Caching.Fusion;

namespace Modular.Shared.Infrastructure.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// The one cache of the process, for every module that caches (ADR 0024): FusionCache with entries in memory and Redis
    /// (<c>ConnectionStrings:Redis</c>) as its distributed level; invalidations reach every instance's memory, acknowledged,
    /// through <see cref="CacheInvalidationChannel"/> (ADR 0030). Modules read and invalidate through <see cref="ModuleCache"/>, keeping their keys apart by prefix
    /// (<c>users:</c>, <c>orders:</c>). Safe to call from several modules: the first call registers, later ones change nothing.
    /// </summary>
    public static IServiceCollection AddModularCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(CacheRedisConnection)))
        {
            return services;
        }

        services.AddValidatedOptions<CachingOptions>(configuration, CachingOptions.SectionName);
        services.AddModularClock();
        services.AddSingleton(_ => new CacheRedisConnection(configuration));
        services.AddSingleton<CacheMemoryLevel>();
        services.AddFusionCache()
            .WithMemoryCache(provider => provider.GetRequiredService<CacheMemoryLevel>().Memory)
            .WithOptions((provider, options) => Configure(options, provider.GetRequiredService<IOptions<CachingOptions>>().Value))
            .WithSerializer(CacheSerialization.Create())
            .WithDistributedCache(provider =>
            {
                var connection = provider.GetRequiredService<CacheRedisConnection>();
                return new RedisCache(Options.Create(new RedisCacheOptions { ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer) }));
            });
        services.AddSingleton<CacheInvalidationChannel>();
        services.AddSingleton<RepeatedInvalidations>();
        services.AddSingleton(provider =>
        {
            var (cache, channel) = (provider.GetRequiredService<IFusionCache>(), provider.GetRequiredService<CacheInvalidationChannel>());
            return new InvalidationRounds(keys => CacheRemoval.EverywhereAsync(cache, channel, keys));
        });
        services.AddSingleton(provider => new ModuleCache(
            provider.GetRequiredService<IFusionCache>(),
            provider.GetRequiredService<CacheInvalidationChannel>(),
            provider.GetRequiredService<InvalidationRounds>(),
            provider.GetRequiredService<RepeatedInvalidations>(),
            provider.GetRequiredService<IOptions<CachingOptions>>()));
        services.AddHostedService<CacheInvalidationSubscription>();
        services.AddHostedService(provider => provider.GetRequiredService<RepeatedInvalidations>());
        return services;
    }

    private static void Configure(FusionCacheOptions options, CachingOptions caching)
    {
        // Keys in Redis keep the module's prefix in front (users:, orders:); the wire-format version goes at the end.
        options.DistributedCacheKeyModifierMode = CacheKeyModifierMode.Suffix;
        // Redis trouble: skip the distributed level for a moment instead of failing every call.
        options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(2);
        options.DistributedCacheErrorsLogLevel = LogLevel.Warning;
        options.DefaultEntryOptions.IsFailSafeEnabled = false;
        options.DefaultEntryOptions.DistributedCacheHardTimeout = caching.RedisTimeout;
    }
}
