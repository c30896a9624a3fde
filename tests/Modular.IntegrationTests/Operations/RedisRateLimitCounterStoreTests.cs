using Modular.Host.Platform.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;
using Modular.Testing;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Operations;

/// <summary>The Lua scripts on the real Redis: atomic under concurrency, windows that expire by Redis's clock.</summary>
public sealed class RedisRateLimitCounterStoreTests : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;
    private RedisRateLimitCounterStore _store = null!;

    public async Task InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        _store = new RedisRateLimitCounterStore(_redis, $"tests:{Guid.NewGuid():N}");
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Concurrent_requests_never_get_more_than_the_limit()
    {
        var rule = new RateLimitRule("api", 25, TimeSpan.FromMinutes(1));

        var decisions = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => _store.AcquireAsync("user:a", rule, consume: true)));

        Assert.Equal(25, decisions.Count(decision => decision.Allowed));
        Assert.All(decisions.Where(decision => !decision.Allowed), decision => Assert.Equal(25, decision.Count));
    }

    [Fact]
    public async Task The_budget_returns_when_the_window_expires()
    {
        // Long enough that the first three calls fall in one window even on a loaded machine's first test (a 400 ms one
        // expired between them once in CI), short enough to wait for.
        var rule = new RateLimitRule("api", 2, TimeSpan.FromSeconds(3));
        await _store.AcquireAsync("user:a", rule, consume: true);
        await _store.AcquireAsync("user:a", rule, consume: true);
        var refused = await _store.AcquireAsync("user:a", rule, consume: true);

        var allowed = await Eventually.Until(
            () => _store.AcquireAsync("user:a", rule, consume: true), decision => decision.Allowed, TimeSpan.FromSeconds(15), "a new window");

        Assert.False(refused.Allowed);
        Assert.InRange(refused.ResetAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(3));
        Assert.Equal(1, allowed.Count);
    }

    [Fact]
    public async Task Checks_do_not_count_and_recorded_failures_do()
    {
        var rule = new RateLimitRule("auth", 2, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await _store.AcquireAsync("ip:10.0.0.1", rule, consume: false)).Allowed);
        }

        await _store.RecordAsync("ip:10.0.0.1", rule);
        await _store.RecordAsync("ip:10.0.0.1", rule);
        var refused = await _store.AcquireAsync("ip:10.0.0.1", rule, consume: false);

        Assert.False(refused.Allowed);
        Assert.InRange(refused.ResetAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
    }
}
