using StackExchange.Redis;

namespace Modular.Host.Platform.RateLimiting.Store;

/// <summary>
/// Fixed-window counters in Redis, one key per policy and client with the window as its expiry. Each operation is one Lua
/// script, so check-and-count is atomic across every instance, and the window's clock is Redis's, not the instances'.
/// </summary>
internal sealed class RedisRateLimitCounterStore(IConnectionMultiplexer redis, string keyPrefix)
{
    // ARGV: limit, window in ms, consume (1/0). Returns {allowed, count, ms until the window resets}.
    private const string AcquireScript = """
        local limit = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl == -1 then
          redis.call('PEXPIRE', KEYS[1], window)
          ttl = window
        end
        if count >= limit then
          return {0, count, ttl}
        end
        if ARGV[3] == '1' then
          count = redis.call('INCR', KEYS[1])
          if count == 1 then
            redis.call('PEXPIRE', KEYS[1], window)
            ttl = window
          end
        end
        if ttl < 0 then
          ttl = window
        end
        return {1, count, ttl}
        """;

    // ARGV: window in ms. Counts one event; the first one opens the window.
    private const string RecordScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 or redis.call('PTTL', KEYS[1]) < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
        end
        return count
        """;

    public bool IsConnected => redis.IsConnected;

    public async Task<RateLimitDecision> AcquireAsync(string key, RateLimitRule rule, bool consume)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            AcquireScript,
            [KeyFor(key, rule)],
            [rule.PermitLimit, (long)rule.Window.TotalMilliseconds, consume ? 1 : 0]))!;
        return new RateLimitDecision((long)result[0] == 1, (long)result[1], rule.PermitLimit, TimeSpan.FromMilliseconds((long)result[2]));
    }

    public Task RecordAsync(string key, RateLimitRule rule) =>
        redis.GetDatabase().ScriptEvaluateAsync(RecordScript, [KeyFor(key, rule)], [(long)rule.Window.TotalMilliseconds]);

    private RedisKey KeyFor(string key, RateLimitRule rule) => $"{keyPrefix}:{rule.Policy}:{key}";
}
