using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.Infrastructure.Caching;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Orders.Infrastructure.Persistence;

/// <param name="options">Built once per process (shared by every pooled instance), so they carry no per-scope state.</param>
internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => OrdersModuleInfo.Schema;

    /// <summary>
    /// The products this context's scope changed, which <see cref="ProductCacheTransactionInterceptor"/> (a singleton,
    /// like the options) reaches through the context; <c>null</c> outside a DI scope (a design-time context for
    /// migrations), which changes no product.
    /// </summary>
    public ProductCacheInvalidations? ProductCacheInvalidations { get; private set; }

    protected override void AttachScope(IServiceProvider scope) =>
        ProductCacheInvalidations = scope.GetRequiredService<ProductCacheInvalidations>();

    public override void Dispose()
    {
        // A pooled instance goes back to the pool: it must not keep its last scope's state alive.
        ProductCacheInvalidations = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ProductCacheInvalidations = null;
        return base.DisposeAsync();
    }
}
