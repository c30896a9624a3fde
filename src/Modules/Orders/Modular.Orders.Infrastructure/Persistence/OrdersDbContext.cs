using Microsoft.EntityFrameworkCore;
using Modular.Orders.Infrastructure.Caching;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Orders.Infrastructure.Persistence;

/// <param name="options">Built once per process (shared by every instance), so they carry no per-scope state.</param>
/// <param name="productCacheInvalidations">
/// The products this context's scope changed, which <see cref="ProductCacheTransactionInterceptor"/> (a singleton, like
/// the options) reaches through the context; <c>null</c> only in a design-time context (migrations), which changes no product.
/// </param>
internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options, ProductCacheInvalidations? productCacheInvalidations)
    : ModuleDbContext(options)
{
    public OrdersDbContext(DbContextOptions<OrdersDbContext> options)
        : this(options, null)
    {
    }

    public override string Schema => OrdersModuleInfo.Schema;

    public ProductCacheInvalidations? ProductCacheInvalidations { get; } = productCacheInvalidations;
}
