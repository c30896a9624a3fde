using System.Globalization;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>
/// Every key of this module starts with <c>orders:</c> (Redis and the HybridCache are shared with other modules).
/// An entry's key holds the product's generation: bumping it makes every instance miss the old entry at once.
/// </summary>
internal static class ProductCacheKeys
{
    public static string Generation(Guid productId) => $"orders:product-generation:{productId:N}";

    public static string Entry(Guid productId, long generation) =>
        string.Create(CultureInfo.InvariantCulture, $"orders:product:{productId:N}:{generation}");
}
