using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Modular.Orders.Infrastructure.Caching;

/// <summary>The per-product generation counters in Redis that version every cached product entry.</summary>
internal sealed partial class ProductGenerations(IConnectionMultiplexer redis, ILogger<ProductGenerations> logger)
{
    /// <summary>The current generation, or null when Redis cannot be asked (then the cache is bypassed).</summary>
    public async Task<long?> CurrentAsync(Guid productId)
    {
        if (!redis.IsConnected)
        {
            LogUnavailable("read");
            return null;
        }

        try
        {
            var value = await redis.GetDatabase().StringGetAsync(ProductCacheKeys.Generation(productId));
            return value.IsNull ? 0 : (long)value;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogFailed(exception, "read");
            return null;
        }
    }

    public async Task BumpAsync(IReadOnlyList<Guid> productIds)
    {
        if (productIds.Count == 0)
        {
            return;
        }

        if (!redis.IsConnected)
        {
            LogUnavailable("invalidation");
            return;
        }

        try
        {
            var database = redis.GetDatabase();
            await Task.WhenAll(productIds.Select(id => database.StringIncrementAsync(ProductCacheKeys.Generation(id))));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogFailed(exception, "invalidation");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is not connected: product cache {Operation} skipped, reading from PostgreSQL")]
    private partial void LogUnavailable(string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed during product cache {Operation}; reading from PostgreSQL")]
    private partial void LogFailed(Exception exception, string operation);
}
