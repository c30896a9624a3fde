using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.Api;
using Modular.Shared.Infrastructure.Caching;
using Modular.Testing;
using Modular.Users.Api;
using NSubstitute;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace Modular.IntegrationTests.Foundation;

/// <summary>
/// One cache for every module (ADR 0024), on its own Redis connection: the distributed cache may close its connection on
/// dispose, so it must never be the platform's shared Redis connection (the rate limiter's, the revocation log's),
/// whichever module registers first.
/// </summary>
public sealed class CacheConnectionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_one_cache_uses_its_own_Redis_connection_whatever_the_order_modules_are_registered_in(bool usersFirst)
    {
        var platformConnection = Substitute.For<IConnectionMultiplexer>();
        var services = new ServiceCollection().AddLogging().AddSingleton(platformConnection);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres,
                ["ConnectionStrings:Redis"] = TestEnvironment.Redis,
            })
            .Build();
        Action<IServiceCollection>[] modules = usersFirst
            ? [collection => UsersModule.AddServices(collection, configuration), collection => OrdersModule.AddServices(collection, configuration)]
            : [collection => OrdersModule.AddServices(collection, configuration), collection => UsersModule.AddServices(collection, configuration)];
        foreach (var register in modules)
        {
            register(services);
        }

        await using var provider = services.BuildServiceProvider();
        var cache = provider.GetRequiredService<IFusionCache>();
        var own = (ConnectionMultiplexer)provider.GetRequiredService<CacheRedisConnection>().Multiplexer;
        var before = own.OperationCount;

        await cache.SetAsync($"tests:connection:{Guid.NewGuid():N}", "value", new FusionCacheEntryOptions { AllowBackgroundDistributedCacheOperations = false });

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(CacheRedisConnection));
        Assert.True(cache.HasDistributedCache);
        // Invalidations travel on the cache's own acknowledged channel (ADR 0030), not on FusionCache's backplane.
        Assert.False(cache.HasBackplane);
        Assert.True(own.OperationCount > before);
        Assert.Empty(platformConnection.ReceivedCalls());
    }
}
