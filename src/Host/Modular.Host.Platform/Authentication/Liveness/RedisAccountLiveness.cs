using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Accounts;
using StackExchange.Redis;

namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>
/// Reads the account states Identity publishes in Redis (<see cref="AccountStateKeys"/>) and keeps each answer in process
/// memory: a request whose user was read less than <see cref="AccountLivenessOptions.RefreshInterval"/> ago costs no
/// round trip; concurrent misses for one user share one read; an announcement on <see cref="AccountStateKeys.Changes"/>
/// drops the user's answer at once. Redis unreachable: the last answer known for the user stands, and a user never
/// seen is accepted on the token alone (ADR 0021).
/// </summary>
internal sealed class RedisAccountLiveness(
    IConnectionMultiplexer redis,
    TimeProvider clock,
    IOptions<AccountLivenessOptions> options,
    ILogger<RedisAccountLiveness> logger) : IAccountLiveness, IDisposable
{
    // Past its freshness an answer is only the outage fallback; kept as long as an access token lives.
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 200_000 });
    private readonly ConcurrentDictionary<Guid, Task<AccountState>> _reads = new();
    private long _lastWarning = long.MinValue;

    public ValueTask<bool> IsActiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var known = Known(userId);
        return known is { } answer && IsFresh(answer)
            ? ValueTask.FromResult(IsServed(answer.State))
            : new ValueTask<bool>(ReadAsync(userId, known, cancellationToken));
    }

    public async Task<IReadOnlyCollection<Guid>> FindInactiveAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var inactive = new List<Guid>();
        var misses = new List<(Guid UserId, LivenessAnswer? Known)>();
        foreach (var userId in userIds)
        {
            var known = Known(userId);
            if (known is { } answer && IsFresh(answer))
            {
                AddIfInactive(inactive, userId, answer.State);
            }
            else
            {
                misses.Add((userId, known));
            }
        }

        if (misses.Count == 0)
        {
            return inactive;
        }

        var states = await ReadManyAsync([.. misses.Select(miss => miss.UserId)], cancellationToken);
        for (var i = 0; i < misses.Count; i++)
        {
            var state = states[i] == AccountState.Unreadable ? Fallback(misses[i].Known) : states[i];
            AddIfInactive(inactive, misses[i].UserId, state);
        }

        return inactive;
    }

    /// <summary>Drops what this process knows of one user (an announcement arrived), or of everyone (<c>null</c>).</summary>
    public void Forget(Guid? userId)
    {
        if (userId is { } id)
        {
            _answers.Remove(id);
        }
        else
        {
            _answers.Clear();
        }
    }

    public void Dispose() => _answers.Dispose();

    private async Task<bool> ReadAsync(Guid userId, LivenessAnswer? known, CancellationToken cancellationToken)
    {
        var state = AccountState.Unreadable;
        if (redis.IsConnected)
        {
            try
            {
                state = await SharedRead(userId).WaitAsync(options.Value.StoreTimeout, cancellationToken);
            }
            catch (TimeoutException exception)
            {
                Warn(() => LivenessLog.Unreadable(logger, exception));
            }
        }

        return IsServed(state == AccountState.Unreadable ? Fallback(known) : state);
    }

    /// <summary>One read per user at a time, however many requests miss at once; it never faults (Unreadable instead).</summary>
    private Task<AccountState> SharedRead(Guid userId)
    {
        while (true)
        {
            if (_reads.TryGetValue(userId, out var pending))
            {
                return pending;
            }

            var completion = new TaskCompletionSource<AccountState>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_reads.TryAdd(userId, completion.Task))
            {
                _ = CompleteReadAsync(userId, completion);
                return completion.Task;
            }
        }
    }

    private async Task CompleteReadAsync(Guid userId, TaskCompletionSource<AccountState> completion)
    {
        try
        {
            var states = await ReadManyAsync([userId], CancellationToken.None);
            completion.SetResult(states[0]);
        }
        finally
        {
            _reads.TryRemove(new KeyValuePair<Guid, Task<AccountState>>(userId, completion.Task));
        }
    }

    /// <summary>The states of <paramref name="userIds"/> in one round trip (MGET and the marker), remembered; Unreadable on failure.</summary>
    private async Task<AccountState[]> ReadManyAsync(Guid[] userIds, CancellationToken cancellationToken)
    {
        try
        {
            if (!redis.IsConnected)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
            }

            var batch = redis.GetDatabase().CreateBatch();
            var values = batch.StringGetAsync([.. userIds.Select(AccountStateKeys.For)]);
            var published = batch.KeyExistsAsync(AccountStateKeys.Published);
            batch.Execute();
            await Task.WhenAll(values, published).WaitAsync(options.Value.StoreTimeout, cancellationToken);

            var states = new AccountState[userIds.Length];
            for (var i = 0; i < userIds.Length; i++)
            {
                states[i] = Interpret(values.Result[i], published.Result);
                Remember(userIds[i], states[i]);
            }

            return states;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Warn(() => LivenessLog.Unreadable(logger, exception));
            return [.. userIds.Select(_ => AccountState.Unreadable)];
        }
    }

    private AccountState Interpret(RedisValue value, bool published)
    {
        if (value == AccountStateKeys.Active)
        {
            return AccountState.Active;
        }

        if (value == AccountStateKeys.Disabled)
        {
            return AccountState.Disabled;
        }

        if (value.IsNull && !published)
        {
            Warn(() => LivenessLog.Unpublished(logger));
            return AccountState.Unpublished;
        }

        // No state while the states are published: no such account (or a value this version does not know).
        return AccountState.Unknown;
    }

    private AccountState Fallback(LivenessAnswer? known) => known?.State ?? AccountState.Unpublished;

    private LivenessAnswer? Known(Guid userId) => _answers.TryGetValue(userId, out LivenessAnswer answer) ? answer : null;

    /// <summary>Served: an active account, or nothing known while the states are not published (ADR 0021).</summary>
    private static bool IsServed(AccountState state) => state is AccountState.Active or AccountState.Unpublished;

    /// <summary>A disabled answer stays true (a disabled account never comes back); any other is read again after the refresh interval.</summary>
    private bool IsFresh(LivenessAnswer answer) =>
        answer.State == AccountState.Disabled || clock.GetElapsedTime(answer.ReadAt) < options.Value.RefreshInterval;

    private void Remember(Guid userId, AccountState state) =>
        _answers.Set(userId, new LivenessAnswer(state, clock.GetTimestamp()), new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = FallbackLifetime,
        });

    private static void AddIfInactive(List<Guid> inactive, Guid userId, AccountState state)
    {
        if (!IsServed(state))
        {
            inactive.Add(userId);
        }
    }

    /// <summary>At most one warning per <see cref="WarningInterval"/>: an outage must not write a line per request.</summary>
    private void Warn(Action write)
    {
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarning);
        if ((last == long.MinValue || clock.GetElapsedTime(last, now) >= WarningInterval)
            && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            write();
        }
    }
}
