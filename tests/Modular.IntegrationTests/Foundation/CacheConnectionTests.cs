using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Orders.Api;
using Modular.Shared.Infrastructure.Caching;
using Modular.Testing;
using Modular.Users.Api;
using NSubstitute;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Foundation;

/// <summary>
/// The distributed cache may close its connection on dispose, so it must never be the platform's shared Redis
/// connection (the rate limiter's, the revocation log's, the product generations'), whichever module registers first.
/// </summary>
public sealed class CacheConnectionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_cache_has_its_own_Redis_connection_whatever_the_order_modules_are_registered_in(bool usersFirst)
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
        var factory = provider.GetRequiredService<IOptions<RedisCacheOptions>>().Value.ConnectionMultiplexerFactory;

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IDistributedCache));
        Assert.NotNull(factory);
        var cacheConnection = await factory();
        Assert.NotSame(platformConnection, cacheConnection);
        Assert.Same(provider.GetRequiredService<CacheRedisConnection>().Multiplexer, cacheConnection);
    }
}
