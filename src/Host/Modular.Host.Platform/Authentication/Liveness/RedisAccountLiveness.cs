using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>
/// Reads the account states Identity publishes in Redis (<see cref="AccountStateKeys"/>) and keeps each answer in process
/// memory: a request whose user was read less than <see cref="AccountLivenessOptions.RefreshInterval"/> ago costs no
/// round trip; concurrent misses for one user share one read; an announcement on <see cref="AccountStateKeys.Changes"/>
/// drops the user's answer at once. Redis unreachable: the last answer known for the user stands, and a user never
/// seen is accepted on the token alone (ADR 0021). The same read brings the account's roles version, so a token issued
/// before a change of roles is refused within the same bound (ADR 0041), and the account's ended logins, so a token of a
/// login ended by a logout or a refresh-token reuse is too (ADR 0044).
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
    private readonly ConcurrentDictionary<Guid, Task<LivenessAnswer>> _reads = new();
    private long _lastWarning = long.MinValue;

    public ValueTask<bool> AcceptsTokenAsync(Guid userId, Guid? sessionId, int rolesVersion, CancellationToken cancellationToken)
    {
        var known = Known(userId);
        return known is { } answer && IsFresh(answer)
            ? ValueTask.FromResult(answer.Accepts(rolesVersion, sessionId))
            : new ValueTask<bool>(ReadAsync(userId, sessionId, rolesVersion, known, cancellationToken));
    }

    public async Task<IReadOnlyCollection<AccountSession>> FindRefusedAsync(IReadOnlyCollection<AccountSession> sessions, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<Guid, LivenessAnswer>();
        var misses = new List<(Guid UserId, LivenessAnswer? Known)>();
        foreach (var userId in sessions.Select(session => session.UserId).Distinct())
        {
            var known = Known(userId);
            if (known is { } answer && IsFresh(answer))
            {
                answers[userId] = answer;
            }
            else
            {
                misses.Add((userId, known));
            }
        }

        if (misses.Count > 0)
        {
            var read = await ReadManyAsync([.. misses.Select(miss => miss.UserId)], cancellationToken);
            for (var i = 0; i < misses.Count; i++)
            {
                answers[misses[i].UserId] = read[i].State == AccountState.Unreadable ? Fallback(misses[i].Known) : read[i];
            }
        }

        // Roles do not matter to a hub connection (it receives only its own account's pushes): the account and the login.
        return [.. sessions.Where(session => answers[session.UserId] is var answer && (!answer.IsServed || answer.Ended(session.SessionId)))];
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

    private async Task<bool> ReadAsync(Guid userId, Guid? sessionId, int rolesVersion, LivenessAnswer? known, CancellationToken cancellationToken)
    {
        var answer = Unreadable;
        if (redis.IsConnected)
        {
            try
            {
                answer = await SharedRead(userId).WaitAsync(options.Value.StoreTimeout, cancellationToken);
            }
            catch (TimeoutException exception)
            {
                Warn(() => LivenessLog.Unreadable(logger, exception));
            }
        }

        return (answer.State == AccountState.Unreadable ? Fallback(known) : answer).Accepts(rolesVersion, sessionId);
    }

    /// <summary>One read per user at a time, however many requests miss at once; it never faults (Unreadable instead).</summary>
    private Task<LivenessAnswer> SharedRead(Guid userId)
    {
        while (true)
        {
            if (_reads.TryGetValue(userId, out var pending))
            {
                return pending;
            }

            var completion = new TaskCompletionSource<LivenessAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_reads.TryAdd(userId, completion.Task))
            {
                _ = CompleteReadAsync(userId, completion);
                return completion.Task;
            }
        }
    }

    private async Task CompleteReadAsync(Guid userId, TaskCompletionSource<LivenessAnswer> completion)
    {
        try
        {
            var answers = await ReadManyAsync([userId], CancellationToken.None);
            completion.SetResult(answers[0]);
        }
        finally
        {
            _reads.TryRemove(new KeyValuePair<Guid, Task<LivenessAnswer>>(userId, completion.Task));
        }
    }

    /// <summary>
    /// The states, roles versions and ended logins of <paramref name="userIds"/> in one round trip (one MGET of the three
    /// keys of each, and the marker), remembered; Unreadable on failure.
    /// </summary>
    private async Task<LivenessAnswer[]> ReadManyAsync(Guid[] userIds, CancellationToken cancellationToken)
    {
        try
        {
            if (!redis.IsConnected)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
            }

            var batch = redis.GetDatabase().CreateBatch();
            var values = batch.StringGetAsync(
                [.. userIds.Select(AccountStateKeys.For), .. userIds.Select(AccountStateKeys.RolesVersionFor), .. userIds.Select(AccountStateKeys.EndedSessionsFor)]);
            var published = batch.KeyExistsAsync(AccountStateKeys.Published);
            batch.Execute();
            await Task.WhenAll(values, published).WaitAsync(options.Value.StoreTimeout, cancellationToken);

            var answers = new LivenessAnswer[userIds.Length];
            var readAt = clock.GetTimestamp();
            for (var i = 0; i < userIds.Length; i++)
            {
                answers[i] = new LivenessAnswer(
                    Interpret(values.Result[i], published.Result),
                    RolesVersion(values.Result[userIds.Length + i]),
                    readAt,
                    EndedSessions.Parse(values.Result[(2 * userIds.Length) + i]));
                Remember(userIds[i], answers[i]);
            }

            return answers;
        }
        catch (Exception exception) when (RedisOutage.Is(exception, cancellationToken))
        {
            Warn(() => LivenessLog.Unreadable(logger, exception));
            return [.. userIds.Select(_ => Unreadable)];
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

    /// <summary>No version, or one this version cannot read: nothing to compare a token with, so none is refused for it.</summary>
    private static int RolesVersion(RedisValue value) => value.TryParse(out int version) && version > 0 ? version : 0;

    private static LivenessAnswer Unreadable => new(AccountState.Unreadable, 0, 0);

    /// <summary>The last answer known for the user (its roles version and ended logins too), or nothing known: served on the token alone.</summary>
    private static LivenessAnswer Fallback(LivenessAnswer? known) => known ?? new LivenessAnswer(AccountState.Unpublished, 0, 0);

    private LivenessAnswer? Known(Guid userId) => _answers.TryGetValue(userId, out LivenessAnswer answer) ? answer : null;

    /// <summary>A disabled answer stays true (a disabled account never comes back); any other is read again after the refresh interval.</summary>
    private bool IsFresh(LivenessAnswer answer) =>
        answer.State == AccountState.Disabled || clock.GetElapsedTime(answer.ReadAt) < options.Value.RefreshInterval;

    private void Remember(Guid userId, LivenessAnswer answer) =>
        _answers.Set(userId, answer, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = FallbackLifetime,
        });

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
