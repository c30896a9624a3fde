namespace Modular.Orders.Infrastructure.Caching;

/// <summary>Every key of this module starts with <c>orders:</c>: the cache and its Redis are shared with other modules.</summary>
internal static class ProductCacheKeys
{
    public static string Entry(Guid productId) => $"orders:product:{productId:N}";
}
