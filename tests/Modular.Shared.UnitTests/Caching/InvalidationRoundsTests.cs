using Modular.Shared.Infrastructure.Caching;

namespace Modular.Shared.UnitTests.Caching;

public sealed class InvalidationRoundsTests
{
    private readonly List<(string[] Keys, string[] InRedis, TaskCompletionSource<bool> Done)> _rounds = [];
    private readonly InvalidationRounds _subject;

    // A round's removal completes when the test says so; its continuation (the next round) runs inline, so the
    // next round has started by the time the test's SetResult returns.
    public InvalidationRoundsTests() => _subject = new InvalidationRounds(keys =>
    {
        var done = new TaskCompletionSource<bool>();
        _rounds.Add(([.. keys.Keys.Order(StringComparer.Ordinal)], [.. keys.Where(key => key.Value).Select(key => key.Key).Order(StringComparer.Ordinal)], done));
        return done.Task;
    });

    [Fact]
    public async Task A_call_alone_starts_its_round_at_once_and_completes_with_it()
    {
        var call = _subject.RemoveAsync(["a", "b"], inRedis: true);

        var round = Assert.Single(_rounds);
        Assert.Equal(["a", "b"], round.Keys);
        Assert.False(call.IsCompleted);
        round.Done.SetResult(true);
        Assert.True(await call);
    }

    [Fact]
    public async Task Calls_made_while_a_round_is_in_flight_share_the_next_round_with_each_key_once()
    {
        var first = _subject.RemoveAsync(["a"], inRedis: true);
        var second = _subject.RemoveAsync(["b", "c"], inRedis: true);
        var third = _subject.RemoveAsync(["c", "d"], inRedis: true);
        Assert.Single(_rounds);

        _rounds[0].Done.SetResult(true);
        Assert.True(await first);
        Assert.Equal(2, _rounds.Count);

        Assert.Equal(["b", "c", "d"], _rounds[1].Keys);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);
        _rounds[1].Done.SetResult(true);
        Assert.True(await second);
        Assert.True(await third);
    }

    [Fact]
    public async Task A_call_is_never_answered_by_a_round_that_began_before_it()
    {
        var first = _subject.RemoveAsync(["a"], inRedis: true);
        var later = _subject.RemoveAsync(["a"], inRedis: true);

        _rounds[0].Done.SetResult(true);
        await first;
        Assert.Equal(2, _rounds.Count);

        Assert.False(later.IsCompleted);
        _rounds[1].Done.SetResult(true);
        Assert.True(await later);
    }

    [Fact]
    public async Task A_round_that_could_not_tell_the_others_answers_false_to_each_of_its_calls()
    {
        var first = _subject.RemoveAsync(["a"], inRedis: true);
        var second = _subject.RemoveAsync(["b"], inRedis: true);
        var third = _subject.RemoveAsync(["c"], inRedis: true);

        _rounds[0].Done.SetResult(true);
        Assert.Equal(2, _rounds.Count);
        _rounds[1].Done.SetResult(false);

        Assert.True(await first);
        Assert.False(await second);
        Assert.False(await third);
    }

    [Fact]
    public async Task A_failed_round_faults_its_calls_and_the_next_call_starts_a_new_round()
    {
        var failing = _subject.RemoveAsync(["a"], inRedis: true);
        _rounds[0].Done.SetException(new InvalidOperationException("boom"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        var next = _subject.RemoveAsync(["b"], inRedis: true);
        Assert.Equal(2, _rounds.Count);
        Assert.Equal(["b"], _rounds[1].Keys);
        _rounds[1].Done.SetResult(true);
        Assert.True(await next);
    }

    [Fact]
    public async Task A_key_is_removed_from_Redis_when_any_call_of_its_round_keeps_it_there()
    {
        var first = _subject.RemoveAsync(["a"], inRedis: false);
        var memoryOnly = _subject.RemoveAsync(["b", "c"], inRedis: false);
        var inRedis = _subject.RemoveAsync(["c"], inRedis: true);
        Assert.Empty(_rounds[0].InRedis);

        _rounds[0].Done.SetResult(true);
        Assert.Equal(["b", "c"], _rounds[1].Keys);
        Assert.Equal(["c"], _rounds[1].InRedis);
        _rounds[1].Done.SetResult(true);
        Assert.True(await first);
        Assert.True(await memoryOnly);
        Assert.True(await inRedis);
    }

    [Fact]
    public async Task A_call_without_keys_completes_at_once_and_starts_no_round()
    {
        Assert.True(await _subject.RemoveAsync([], inRedis: true));
        Assert.Empty(_rounds);
    }
}
