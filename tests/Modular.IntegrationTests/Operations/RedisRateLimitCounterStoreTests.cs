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

        var decisions = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => _store.AcquireAsync("user:a", rule)));

        Assert.Equal(25, decisions.Count(decision => decision.Allowed));
        Assert.All(decisions.Where(decision => !decision.Allowed), decision => Assert.Equal(25, decision.Count));
    }

    [Fact]
    public async Task The_budget_returns_when_the_window_expires()
    {
        // Long enough that the first three calls fall in one window even on a loaded machine's first test (a 400 ms one
        // expired between them once in CI), short enough to wait for.
        var rule = new RateLimitRule("api", 2, TimeSpan.FromSeconds(3));
        await _store.AcquireAsync("user:a", rule);
        await _store.AcquireAsync("user:a", rule);
        var refused = await _store.AcquireAsync("user:a", rule);

        var allowed = await Eventually.Until(
            () => _store.AcquireAsync("user:a", rule), decision => decision.Allowed, TimeSpan.FromSeconds(15), "a new window");

        Assert.False(refused.Allowed);
        Assert.InRange(refused.ResetAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(3));
        Assert.Equal(1, allowed.Count);
    }

    [Fact]
    public async Task Attempts_given_back_do_not_count_and_the_last_one_closes_the_window()
    {
        var rule = new RateLimitRule("auth", 2, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await _store.AcquireAsync("ip:10.0.0.1", rule)).Allowed);
            await _store.ReleaseAsync("ip:10.0.0.1", rule);
        }

        Assert.True((await _store.AcquireAsync("ip:10.0.0.1", rule)).Allowed);
        Assert.True((await _store.AcquireAsync("ip:10.0.0.1", rule)).Allowed);
        var refused = await _store.AcquireAsync("ip:10.0.0.1", rule);

        Assert.False(refused.Allowed);
        Assert.Equal(2, refused.Count);
        Assert.InRange(refused.ResetAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
        await _store.ReleaseAsync("ip:10.0.0.1", rule);
        Assert.True((await _store.AcquireAsync("ip:10.0.0.1", rule)).Allowed);
    }

    [Fact]
    public async Task A_window_left_longer_by_an_earlier_configuration_is_cut_to_the_rule()
    {
        await _store.AcquireAsync("ip:10.0.0.2", new RateLimitRule("auth", 1, TimeSpan.FromMinutes(15)));

        var refused = await _store.AcquireAsync("ip:10.0.0.2", new RateLimitRule("auth", 1, TimeSpan.FromMinutes(1)));

        Assert.False(refused.Allowed);
        Assert.InRange(refused.ResetAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
    }
}
