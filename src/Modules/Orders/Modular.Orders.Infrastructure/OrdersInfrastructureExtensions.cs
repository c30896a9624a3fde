using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Events;
using Modular.Orders.Infrastructure.Idempotency;
using Modular.Orders.Infrastructure.Jobs;
using Modular.Orders.Infrastructure.Persistence;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Infrastructure.Caching;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Modules;

namespace Modular.Orders.Infrastructure;

internal static class OrdersInfrastructureExtensions
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

        services.AddScoped<OrdersTransaction>();
        services.Decorate(typeof(ICommandHandler<,>), typeof(TransactionalCommandHandler<,>));
        services.AddScoped<OrderCancellation>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<IOrderReader, OrderReader>();
        services.AddScoped<IStockLedger, StockLedger>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<IIdempotencyStore>(provider => provider.GetRequiredService<IdempotencyStore>());
        services.AddScoped<IOrderPlacement, OrderPlacement>();

        services.AddProductCache(configuration);
        services.AddHostedService<PendingOrderTimeoutJob>();
        services.AddHostedService<IdempotencyKeyCleanupJob>();
        return services;
    }

    private static void AddProductCache(this IServiceCollection services, IConfiguration configuration)
    {
        // The cache every module shares (ADR 0024); keys of this module start with "orders:".
        services.AddModularCache(configuration);
        services.AddSingleton<ProductCache>();
        services.AddSingleton<ProductTermsMemory>();
        services.AddSingleton<IProductCache>(provider => provider.GetRequiredService<ProductCache>());
        services.AddScoped<ProductCacheInvalidations>();
        // A singleton like the contexts' options (ModulePersistenceExtensions): it finds the scope's invalidations
        // through the context that opened the transaction.
        services.AddSingleton<ProductCacheTransactionInterceptor>();
        services.ConfigureDbContext<OrdersDbContext>(
            (provider, options) => options.AddInterceptors(provider.GetRequiredService<ProductCacheTransactionInterceptor>()),
            ServiceLifetime.Singleton);
    }
}
