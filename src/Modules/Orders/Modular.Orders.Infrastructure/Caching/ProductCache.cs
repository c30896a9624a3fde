using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Products;
using Modular.Shared.Infrastructure.Caching;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// Products in the process's one cache (ADR 0024): a read is normally a memory hit. Whatever changes a product records
/// it (<see cref="ProductCacheInvalidations"/>), and once its transaction commits the product is dropped on every
/// instance before the change answers. Stock is cached too: it is invalidated like any other field. Products are kept in
/// memory only (ADR 0038): every order changes the stock of its products, so a copy in Redis would be removed about as
/// often as another instance would read it there, at a Redis round trip per product per order.
/// </summary>
internal sealed class ProductCache(ModuleCache cache, OrdersOptions options) : IProductCache
{
    private readonly CachePolicy _policy = new(TimeSpan.FromSeconds(options.ProductCacheSeconds), InRedis: false);

    public Task<ProductResponse?> GetOrLoadAsync(Guid id, Func<CancellationToken, Task<ProductResponse?>> load, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(ProductCacheKeys.Entry(id), load, _policy, cancellationToken);

    public Task InvalidateAsync(IReadOnlyCollection<Guid> productIds) =>
        cache.InvalidateAsync([.. productIds.Select(ProductCacheKeys.Entry)], _policy);
}
