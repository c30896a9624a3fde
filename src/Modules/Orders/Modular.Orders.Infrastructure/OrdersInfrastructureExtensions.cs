using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Events;
using Modular.Orders.Infrastructure.Idempotency;
using Modular.Orders.Infrastructure.Jobs;
using Modular.Orders.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Modules;
using StackExchange.Redis;

namespace Modular.Orders.Infrastructure;

public static class OrdersInfrastructureExtensions
{
    public static IServiceCollection AddOrdersInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleInfrastructure<OrdersDbContext, OrdersIntegrationEventMapper>(
            configuration,
            OrdersModuleInfo.Name,
            OrdersModuleInfo.Schema,
            IntegrationEvents.AssemblyReference.Assembly,
            Application.AssemblyReference.Assembly);

        services.AddValidatedOptions<OrdersOptions>(configuration, OrdersOptions.SectionName);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OrdersOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<IOrdersUnitOfWork, OrdersUnitOfWork>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<IStockLedger, StockLedger>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();

        services.AddProductCache();
        services.AddHostedService<PendingOrderTimeoutJob>();
        services.AddHostedService<IdempotencyKeyCleanupJob>();
        return services;
    }

    private static void AddProductCache(this IServiceCollection services)
    {
        // Other modules may register the shared HybridCache and its Redis layer too: whoever comes first wins,
        // on the one Redis connection of the host. Keys of this module start with "orders:".
        if (!services.Any(service => service.ServiceType == typeof(IDistributedCache)))
        {
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((options, provider) =>
                options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
        }

        services.AddHybridCache();
        services.AddSingleton<ProductGenerations>();
        services.AddScoped<ProductCacheInvalidations>();
        services.AddScoped<ProductCacheTransactionInterceptor>();
        services.AddScoped<IProductCache, ProductCache>();
        services.ConfigureDbContext<OrdersDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<ProductCacheTransactionInterceptor>()));
    }
}
