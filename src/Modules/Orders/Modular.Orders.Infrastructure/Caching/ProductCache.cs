using Microsoft.Extensions.Caching.Hybrid;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Products;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// Products through HybridCache (in-process, then Redis), keyed by the product's generation. A change bumps the
/// generation in Redis after its transaction commits (<see cref="ProductCacheInvalidations"/>), so from then on every
/// instance reads the new value, and a client never reads an older stock than its own write left. When Redis is away,
/// reads go to PostgreSQL.
/// </summary>
internal sealed class ProductCache(HybridCache cache, ProductGenerations generations, OrdersOptions options) : IProductCache
{
    private static readonly TimeSpan LocalLimit = TimeSpan.FromSeconds(60);

    public async Task<ProductResponse?> GetOrLoadAsync(Guid id, Func<CancellationToken, Task<ProductResponse?>> load, CancellationToken cancellationToken)
    {
        if (await generations.CurrentAsync(id) is not { } generation)
        {
            return await load(cancellationToken);
        }

        var expiration = TimeSpan.FromSeconds(options.ProductCacheSeconds);
        return await cache.GetOrCreateAsync(
            ProductCacheKeys.Entry(id, generation),
            load,
            static (loader, token) => new ValueTask<ProductResponse?>(loader(token)),
            // Entries of superseded generations are never read again; a short in-memory life keeps them from piling up.
            new HybridCacheEntryOptions { Expiration = expiration, LocalCacheExpiration = expiration < LocalLimit ? expiration : LocalLimit },
            cancellationToken: cancellationToken);
    }
}
