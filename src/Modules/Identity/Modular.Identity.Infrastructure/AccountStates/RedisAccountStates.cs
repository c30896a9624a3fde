using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>
/// Writes account states where every process reads them (<see cref="AccountStateKeys"/>) and announces each change, so
/// that processes drop what they remembered at once. States only move from active to disabled (the script refuses the
/// other way), which makes every writer (requests, consumers, the reconciliation) safe to run in any order.
/// </summary>
internal sealed class RedisAccountStates(IConnectionMultiplexer redis, IOptions<JwtOptions> jwt, TimeProvider clock, ILogger<RedisAccountStates> logger) : IAccountStates
{
    // Best effort on the request path: a slow Redis must not hold a registration or a login for long.
    private static readonly TimeSpan ActiveTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Past this, every access token of the account has expired; the state may go, since a missing state then means "no
    /// such account" and is refused the same way.
    /// </summary>
    public TimeSpan DisabledLifetime =>
        TimeSpan.FromMinutes(jwt.Value.AccessTokenMinutes) + TimeSpan.FromSeconds(jwt.Value.ClockSkewSeconds) + TimeSpan.FromMinutes(1);

    public async Task PublishActiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync([userId], AccountStateKeys.Active).WaitAsync(ActiveTimeout, cancellationToken);
        }
        catch (Exception exception) when (RedisOutage.Is(exception, cancellationToken))
        {
            AccountStateLog.ActiveNotPublished(logger, userId, exception);
        }
    }

    public async Task PublishRolesVersionAsync(Guid userId, int rolesVersion, CancellationToken cancellationToken)
    {
        try
        {
            await WriteRolesVersionsAsync([(userId, rolesVersion)]).WaitAsync(ActiveTimeout, cancellationToken);
        }
        catch (Exception exception) when (RedisOutage.Is(exception, cancellationToken))
        {
            AccountStateLog.RolesVersionNotPublished(logger, userId, exception);
        }
    }

    public async Task PublishSessionEndedAsync(Guid userId, Guid sessionId, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        try
        {
            await WriteEndedSessionsAsync([new EndedSession(userId, sessionId, endedAt)]).WaitAsync(ActiveTimeout, cancellationToken);
        }
        catch (Exception exception) when (RedisOutage.Is(exception, cancellationToken))
        {
            AccountStateLog.SessionEndNotPublished(logger, userId, exception);
        }
    }

    public async Task PublishDisabledAsync(Guid userId, CancellationToken cancellationToken)
    {
        await WriteAsync([userId], AccountStateKeys.Disabled).WaitAsync(cancellationToken);
        AccountStateLog.Disabled(logger, userId);
    }

    /// <summary>Writes one state for every id (the monotonic script) and announces the ids whose state changed; returns how many.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<Guid> userIds, string state)
    {
        if (userIds.Count == 0)
        {
            return 0;
        }

        var database = redis.GetDatabase();
        var changed = (RedisValue[]?)await database.ScriptEvaluateAsync(
            AccountStateScripts.Write,
            [.. userIds.Select(AccountStateKeys.For)],
            [state, (long)DisabledLifetime.TotalMilliseconds]) ?? [];
        var subscriber = redis.GetSubscriber();
        foreach (var position in changed)
        {
            await subscriber.PublishAsync(AccountStateKeys.Changes, userIds[(int)position - 1].ToString("N"));
        }

        return changed.Length;
    }

    /// <summary>
    /// Adds each ended login to its account's ended sessions, for as long as an access token of it can live (issued at the
    /// latest when the login ended; <see cref="DisabledLifetime"/> after that none is valid), and announces the accounts
    /// that gained one; returns how many entries were added. A login ended longer ago than that is skipped.
    /// </summary>
    public async Task<int> WriteEndedSessionsAsync(IReadOnlyList<EndedSession> sessions)
    {
        if (sessions.Count == 0)
        {
            return 0;
        }

        var arguments = new List<RedisValue>(1 + (2 * sessions.Count)) { clock.GetUtcNow().ToUnixTimeMilliseconds() };
        foreach (var session in sessions)
        {
            arguments.Add(session.SessionId.ToString("N"));
            arguments.Add((session.EndedAt + DisabledLifetime).ToUnixTimeMilliseconds());
        }

        var changed = (RedisValue[]?)await redis.GetDatabase().ScriptEvaluateAsync(
            AccountStateScripts.WriteEndedSessions,
            [.. sessions.Select(session => AccountStateKeys.EndedSessionsFor(session.UserId))],
            [.. arguments]) ?? [];
        var subscriber = redis.GetSubscriber();
        foreach (var userId in changed.Select(position => sessions[(int)position - 1].UserId).Distinct())
        {
            await subscriber.PublishAsync(AccountStateKeys.Changes, userId.ToString("N"));
        }

        return changed.Length;
    }

    /// <summary>
    /// Writes each account's roles version (only ever upwards, for as long as an access token lives: older tokens have
    /// expired by then) and announces the accounts whose version changed; returns how many. Versions 0 are skipped: no
    /// change of roles, nothing to refuse.
    /// </summary>
    public async Task<int> WriteRolesVersionsAsync(IReadOnlyList<(Guid UserId, int RolesVersion)> accounts)
    {
        var changedRoles = accounts.Where(account => account.RolesVersion > 0).ToList();
        if (changedRoles.Count == 0)
        {
            return 0;
        }

        var arguments = new List<RedisValue> { (long)DisabledLifetime.TotalMilliseconds };
        arguments.AddRange(changedRoles.Select(account => (RedisValue)account.RolesVersion));
        var changed = (RedisValue[]?)await redis.GetDatabase().ScriptEvaluateAsync(
            AccountStateScripts.WriteRolesVersions,
            [.. changedRoles.Select(account => AccountStateKeys.RolesVersionFor(account.UserId))],
            [.. arguments]) ?? [];
        var subscriber = redis.GetSubscriber();
        foreach (var position in changed)
        {
            await subscriber.PublishAsync(AccountStateKeys.Changes, changedRoles[(int)position - 1].UserId.ToString("N"));
        }

        return changed.Length;
    }
}
