using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Shared.Infrastructure.Jobs;
using Modular.Shared.Kernel.Time;
using StackExchange.Redis;

namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>
/// Identity's reconciliation of the published account states with its own database, every
/// <see cref="AccountStateOptions.SyncInterval"/> on each Identity instance. No marker (a new or flushed Redis): one
/// instance rebuilds every active account's state, then sets the marker to the instant the rebuild began. A marker:
/// the accounts changed since that instant (minus <see cref="Margin"/>, for transactions that committed late) are
/// published again, which restores any write a Redis outage lost, and the instant moves forward (ADR 0021). Roles
/// versions (ADR 0041) ride along: a change of roles moves <c>updated_at</c> too. Ended logins (ADR 0044) are read from
/// their families' <c>revoked_at</c>: those ended since the same instant, never earlier than an access token's life ago
/// (the rebuild takes that whole window), and their latest end moves the instant forward too.
/// </summary>
internal sealed class AccountStateSyncJob(
    IConnectionMultiplexer redis,
    RedisAccountStates states,
    IServiceScopeFactory scopes,
    IOptions<AccountStateOptions> options,
    TimeProvider clock,
    ILogger<AccountStateSyncJob> logger) : PeriodicJob(clock, logger)
{
    /// <summary>Covers a commit later than its timestamp and the clock difference between Identity instances.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan RebuildLockLifetime = TimeSpan.FromMinutes(2);

    protected override TimeSpan Interval => options.Value.SyncInterval;

    protected override bool RunsAtStart => true;

    /// <summary>One pass: a rebuild or a catch-up; returns how many states changed in Redis.</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return 0;
        }

        var marker = await redis.GetDatabase().StringGetAsync(AccountStateKeys.Published);
        return marker.IsNull || !long.TryParse(marker.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark)
            ? await RebuildAsync(cancellationToken)
            : await CatchUpAsync(DateTimeOffset.UnixEpoch.AddTicks(watermark * TimeSpan.TicksPerMicrosecond), cancellationToken);
    }

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => SyncAsync(stoppingToken);

    private async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var lockValue = Guid.NewGuid().ToString("N");
        if (!await database.StringSetAsync(AccountStateKeys.RebuildLock, lockValue, RebuildLockLifetime, When.NotExists))
        {
            return 0;
        }

        try
        {
            return await RebuildLockedAsync(database, lockValue, cancellationToken);
        }
        catch
        {
            // A rebuild that fails (its database away, the host stopping) hands the lock back at once: held until it
            // expires, it would keep every instance from publishing the states for the lock's whole lifetime.
            await database.ScriptEvaluateAsync(AccountStateScripts.ReleaseRebuildLock, [AccountStateKeys.RebuildLock], [lockValue]);
            throw;
        }
    }

    private async Task<int> RebuildLockedAsync(IDatabase database, string lockValue, CancellationToken cancellationToken)
    {
        AccountStateLog.Rebuilding(Logger);
        var startedAt = Clock.GetUtcNow();
        var published = 0;
        var changed = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var after = Guid.Empty;
            List<ActiveAccount> page;
            do
            {
                page = await AccountStateRows.ActiveAfterAsync(context, after, cancellationToken);
                changed += await states.WriteAsync([.. page.Select(account => account.Id)], AccountStateKeys.Active);
                changed += await states.WriteRolesVersionsAsync([.. page.Select(account => (account.Id, account.RolesVersion))]);
                published += page.Count;
                after = page.Count > 0 ? page[^1].Id : after;
                await database.KeyExpireAsync(AccountStateKeys.RebuildLock, RebuildLockLifetime);
            }
            while (page.Count == AccountStateRows.PageSize);

            changed += (await PublishEndedSessionsAsync(context, startedAt - states.DisabledLifetime, cancellationToken)).Changed;
        }

        var completed = (long)await database.ScriptEvaluateAsync(
            AccountStateScripts.CompleteRebuild,
            [AccountStateKeys.RebuildLock, AccountStateKeys.Published],
            [lockValue, Microseconds(startedAt)]);
        if (completed == 1)
        {
            AccountStateLog.Rebuilt(Logger, published);
        }
        else
        {
            AccountStateLog.RebuildInterrupted(Logger);
        }

        return changed;
    }

    private async Task<int> CatchUpAsync(DateTimeOffset watermark, CancellationToken cancellationToken)
    {
        var since = watermark - Margin;
        var after = Guid.Empty;
        var latest = watermark;
        var changed = 0;
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        List<ChangedAccount> page;
        do
        {
            page = await AccountStateRows.ChangedAfterAsync(context, since, after, cancellationToken);
            changed += await states.WriteAsync([.. page.Where(account => account.Active).Select(account => account.Id)], AccountStateKeys.Active);
            changed += await states.WriteAsync([.. page.Where(account => !account.Active).Select(account => account.Id)], AccountStateKeys.Disabled);
            changed += await states.WriteRolesVersionsAsync([.. page.Where(account => account.Active).Select(account => (account.Id, account.RolesVersion))]);
            if (page.Count > 0)
            {
                (since, after) = (page[^1].UpdatedAt, page[^1].Id);
                latest = page[^1].UpdatedAt > latest ? page[^1].UpdatedAt : latest;
            }
        }
        while (page.Count == AccountStateRows.PageSize);

        var oldestLiving = Clock.GetUtcNow() - states.DisabledLifetime;
        var ended = await PublishEndedSessionsAsync(context, watermark - Margin > oldestLiving ? watermark - Margin : oldestLiving, cancellationToken);
        changed += ended.Changed;
        latest = ended.Latest > latest ? ended.Latest : latest;
        if (latest > watermark)
        {
            await redis.GetDatabase().ScriptEvaluateAsync(AccountStateScripts.AdvanceWatermark, [AccountStateKeys.Published], [Microseconds(latest)]);
        }

        if (changed > 0)
        {
            AccountStateLog.Reconciled(Logger, changed);
        }

        return changed;
    }

    /// <summary>Publishes the logins ended after <paramref name="since"/>; answers how many entries Redis gained and the latest end read.</summary>
    private async Task<(int Changed, DateTimeOffset Latest)> PublishEndedSessionsAsync(IdentityDbContext context, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var (after, latest, changed) = (Guid.Empty, since, 0);
        List<EndedSession> page;
        do
        {
            page = await AccountStateRows.EndedAfterAsync(context, since, after, cancellationToken);
            changed += await states.WriteEndedSessionsAsync(page);
            if (page.Count > 0)
            {
                (since, after) = (page[^1].EndedAt, page[^1].SessionId);
                latest = since > latest ? since : latest;
            }
        }
        while (page.Count == AccountStateRows.PageSize);

        return (changed, latest);
    }

    private static long Microseconds(DateTimeOffset instant) =>
        (MicrosecondClock.Truncate(instant) - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
}
