using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Modular.Host.Platform.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using StackExchange.Redis;

namespace Modular.Host.UnitTests.RateLimiting;

public sealed class FallbackRateLimitCounterStoreTests
{
    private static readonly RateLimitRule Rule = new("api", 2, TimeSpan.FromMinutes(1));

    private readonly IConnectionMultiplexer _redis = Substitute.For<IConnectionMultiplexer>();
    private readonly IDatabase _database = Substitute.For<IDatabase>();
    private readonly TestLogger<FallbackRateLimitCounterStore> _logger = new();
    private readonly FallbackRateLimitCounterStore _store;

    public FallbackRateLimitCounterStoreTests()
    {
        _redis.GetDatabase(Arg.Any<int>(), Arg.Any<object?>()).Returns(_database);
        _store = new FallbackRateLimitCounterStore(
            new RedisRateLimitCounterStore(_redis, "test"),
            new MemoryRateLimitCounterStore(new FakeTimeProvider()),
            TimeSpan.FromMilliseconds(200),
            _logger);
    }

    [Fact]
    public async Task While_redis_is_disconnected_the_local_counters_decide_and_one_warning_is_logged()
    {
        _redis.IsConnected.Returns(false);

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 3; i++)
        {
            decisions.Add(await _store.AcquireAsync("user:a", Rule));
        }

        Assert.Equal([true, true, false], decisions.Select(decision => decision.Allowed));
        Assert.True(_store.IsDegraded);
        Assert.Single(_logger.Entries, entry => entry.Level == LogLevel.Warning);
        await _database.DidNotReceiveWithAnyArgs().ScriptEvaluateAsync(default(string)!, default, default, default);
    }

    [Fact]
    public async Task A_failing_redis_call_falls_back_instead_of_failing_the_request()
    {
        _redis.IsConnected.Returns(true);
        _database.ScriptEvaluateAsync(Arg.Any<string>(), Arg.Any<RedisKey[]>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>())
            .ThrowsAsync(new RedisConnectionException(ConnectionFailureType.SocketFailure, "gone"));

        var decision = await _store.AcquireAsync("user:a", Rule);
        await _store.ReleaseAsync("user:a", new RateLimitRule("auth", 5, TimeSpan.FromMinutes(1)));

        Assert.True(decision.Allowed);
        Assert.True(_store.IsDegraded);
    }

    [Fact]
    public async Task A_slow_redis_is_abandoned_after_the_store_timeout()
    {
        _redis.IsConnected.Returns(true);
        _database.ScriptEvaluateAsync(Arg.Any<string>(), Arg.Any<RedisKey[]>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>())
            .Returns(new TaskCompletionSource<RedisResult>().Task);

        var decision = await _store.AcquireAsync("user:a", Rule);

        Assert.True(decision.Allowed);
        Assert.True(_store.IsDegraded);
    }

    [Fact]
    public async Task Once_redis_answers_again_its_decision_is_used_and_the_recovery_logged()
    {
        _redis.IsConnected.Returns(false);
        await _store.AcquireAsync("user:a", Rule);
        _redis.IsConnected.Returns(true);
        _database.ScriptEvaluateAsync(Arg.Any<string>(), Arg.Any<RedisKey[]>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>())
            .Returns(RedisResult.Create([RedisResult.Create(0), RedisResult.Create(2), RedisResult.Create(30_000)]));

        var decision = await _store.AcquireAsync("user:a", Rule);

        Assert.False(decision.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(30), decision.ResetAfter);
        Assert.False(_store.IsDegraded);
        Assert.Contains(_logger.Entries, entry => entry.Level == LogLevel.Information);
    }
}
