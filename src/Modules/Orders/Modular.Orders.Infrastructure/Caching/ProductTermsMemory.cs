using Microsoft.Extensions.Caching.Memory;
using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// The terms (sku, name, price) of recently ordered products in this process's memory, so that quoting an order needs no
/// round trip (ADR 0045). Only a hint: the placement batch checks every term again as it takes the stock, in the same
/// statement, so a stale entry (the product was edited on any instance) cannot produce a wrong order; it makes that batch
/// fail, and the careful placement that follows reads the product as it is and puts its terms back here
/// (<see cref="Remember"/>). Stock changes never touch an entry, which is why it outlives the product cache's entries,
/// invalidated by every order. An entry lives at most <see cref="OrdersOptions.ProductCacheSeconds"/> (a bound on memory, not on staleness, which the batch's check makes harmless); at most
/// <see cref="SizeLimit"/> are kept.
/// </summary>
internal sealed class ProductTermsMemory(OrdersOptions options) : IDisposable
{
    /// <summary>Most products whose terms are kept at once (a few MB at most).</summary>
    public const int SizeLimit = 50_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly MemoryCacheEntryOptions _entryOptions = new()
    {
        Size = 1,
        AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.ProductCacheSeconds),
    };

    /// <summary>Products whose terms are held now.</summary>
    public int Count => _entries.Count;

    public bool TryGet(Guid productId, out ProductTerms terms)
    {
        if (_entries.TryGetValue(productId, out ProductTerms? found) && found is not null)
        {
            terms = found;
            return true;
        }

        terms = null!;
        return false;
    }

    /// <summary>Keeps the terms just read from the product's row.</summary>
    public void Remember(Guid productId, ProductTerms terms) => _entries.Set(productId, terms, _entryOptions);

    /// <summary>Drops a product's terms (unknown now, or not as quoted).</summary>
    public void Forget(Guid productId) => _entries.Remove(productId);

    public void Dispose() => _entries.Dispose();
}
