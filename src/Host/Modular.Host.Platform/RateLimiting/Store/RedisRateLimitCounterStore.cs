using StackExchange.Redis;

namespace Modular.Host.Platform.RateLimiting.Store;

/// <summary>
/// Fixed-window counters in Redis, one key per policy and client with the window as its expiry. Each operation is one Lua
/// script, so check-and-count is atomic across every instance, and the window's clock is Redis's, not the instances'.
/// </summary>
internal sealed class RedisRateLimitCounterStore(IConnectionMultiplexer redis, string keyPrefix)
{
    // ARGV: limit, window in ms. Returns {allowed, count, ms until the window resets}. A window longer than the rule's
    // (left by an earlier configuration) is cut to the rule's, so Retry-After never exceeds the configured window.
    private const string AcquireScript = """
        local limit = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl == -1 or ttl > window then
          redis.call('PEXPIRE', KEYS[1], window)
          ttl = window
        end
        if count >= limit then
          return {0, count, ttl}
        end
        count = redis.call('INCR', KEYS[1])
        if count == 1 then
          redis.call('PEXPIRE', KEYS[1], window)
          ttl = window
        end
        if ttl < 0 then
          ttl = window
        end
        return {1, count, ttl}
        """;

    // Gives one counted request back; the last one closes the window.
    private const string ReleaseScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        if count <= 1 then
          redis.call('DEL', KEYS[1])
          return 0
        end
        return redis.call('DECR', KEYS[1])
        """;

    public bool IsConnected => redis.IsConnected;

    public async Task<RateLimitDecision> AcquireAsync(string key, RateLimitRule rule)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            AcquireScript,
            [KeyFor(key, rule)],
            [rule.PermitLimit, (long)rule.Window.TotalMilliseconds]))!;
        return new RateLimitDecision((long)result[0] == 1, (long)result[1], rule.PermitLimit, TimeSpan.FromMilliseconds((long)result[2]));
    }

    public Task ReleaseAsync(string key, RateLimitRule rule) =>
        redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [KeyFor(key, rule)]);

    private RedisKey KeyFor(string key, RateLimitRule rule) => $"{keyPrefix}:{rule.Policy}:{key}";
}
