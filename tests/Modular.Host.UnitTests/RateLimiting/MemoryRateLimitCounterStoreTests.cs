using Microsoft.Extensions.Time.Testing;
using Modular.Host.Platform.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;

namespace Modular.Host.UnitTests.RateLimiting;

public sealed class MemoryRateLimitCounterStoreTests
{
    private static readonly RateLimitRule Api = new("api", 3, TimeSpan.FromMinutes(15));
    private static readonly RateLimitRule Auth = new("auth", 2, TimeSpan.FromMinutes(15));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Allows_up_to_the_limit_counting_down_then_refuses_until_the_window_ends()
    {
        var store = new MemoryRateLimitCounterStore(_time);

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 3; i++)
        {
            decisions.Add(await store.AcquireAsync("user:a", Api));
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        var refused = await store.AcquireAsync("user:a", Api);

        Assert.All(decisions, decision => Assert.True(decision.Allowed));
        Assert.Equal([2L, 1L, 0L], decisions.Select(decision => decision.Remaining));
        Assert.False(refused.Allowed);
        Assert.Equal(0, refused.Remaining);
        Assert.Equal(TimeSpan.FromMinutes(10), refused.ResetAfter);
    }

    [Fact]
    public async Task A_new_window_brings_the_full_budget_back_and_refusals_never_extended_the_old_one()
    {
        var store = new MemoryRateLimitCounterStore(_time);
        for (var i = 0; i < 10; i++)
        {
            await store.AcquireAsync("user:a", Api);
        }

        _time.Advance(TimeSpan.FromMinutes(15));
        var decision = await store.AcquireAsync("user:a", Api);

        Assert.True(decision.Allowed);
        Assert.Equal(2, decision.Remaining);
        Assert.Equal(TimeSpan.FromMinutes(15), decision.ResetAfter);
    }

    [Fact]
    public async Task Clients_and_policies_have_separate_counters()
    {
        var store = new MemoryRateLimitCounterStore(_time);
        for (var i = 0; i < 3; i++)
        {
            await store.AcquireAsync("user:a", Api);
        }

        Assert.False((await store.AcquireAsync("user:a", Api)).Allowed);
        Assert.True((await store.AcquireAsync("user:b", Api)).Allowed);
        Assert.True((await store.AcquireAsync("user:a", Auth)).Allowed);
    }

    [Fact]
    public async Task Attempts_given_back_leave_the_budget_whole_and_the_last_one_closes_the_window()
    {
        var store = new MemoryRateLimitCounterStore(_time);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
            await store.ReleaseAsync("ip:1.2.3.4", Auth);
        }

        // Two kept attempts (failures) spend the budget of two, whatever was given back before them.
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
        var refused = await store.AcquireAsync("ip:1.2.3.4", Auth);
        Assert.False(refused.Allowed);
        Assert.Equal(2, refused.Count);
        Assert.Equal(TimeSpan.FromMinutes(5), refused.ResetAfter);
    }

    [Fact]
    public async Task Attempts_in_flight_hold_the_budget_until_they_are_given_back()
    {
        var store = new MemoryRateLimitCounterStore(_time);
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);

        Assert.False((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
        await store.ReleaseAsync("ip:1.2.3.4", Auth);
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
    }

    [Fact]
    public async Task Giving_back_with_no_window_running_changes_nothing()
    {
        var store = new MemoryRateLimitCounterStore(_time);
        await store.ReleaseAsync("ip:1.2.3.4", Auth);
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);
        Assert.True((await store.AcquireAsync("ip:1.2.3.4", Auth)).Allowed);

        _time.Advance(TimeSpan.FromMinutes(16));
        await store.ReleaseAsync("ip:1.2.3.4", Auth);

        Assert.Equal(1, (await store.AcquireAsync("ip:1.2.3.4", Auth)).Count);
    }

    [Fact]
    public async Task Expired_windows_are_swept_away()
    {
        var store = new MemoryRateLimitCounterStore(_time);
        await store.AcquireAsync("user:a", Api);
        await store.AcquireAsync("user:b", Api);

        _time.Advance(TimeSpan.FromMinutes(20));
        await store.AcquireAsync("user:c", Api);

        Assert.Equal(1, store.Count);
    }
}
