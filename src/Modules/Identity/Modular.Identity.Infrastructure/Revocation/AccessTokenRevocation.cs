using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Shared.Application.Security;
using StackExchange.Redis;

namespace Modular.Identity.Infrastructure.Revocation;

/// <summary>
/// Disabled users, shared by every instance through one Redis key per user (kept as long as any of their access tokens
/// can live), and asked on every authenticated request. A short local cache keeps Redis off the hot path; a revoked
/// answer is cached for good since a disabled account never comes back. Redis down: PostgreSQL answers instead; both
/// down: the token is accepted with a warning (the request will most likely fail on the database anyway).
/// </summary>
internal sealed class AccessTokenRevocation(
    IConnectionMultiplexer redis,
    IServiceScopeFactory scopes,
    IOptions<RevocationOptions> options,
    IOptions<JwtOptions> jwtOptions,
    ILogger<AccessTokenRevocation> logger) : IAccessTokenRevocation, IRevokedUsers, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    // Past this, every token the user held has expired, so the key may go.
    private TimeSpan KeyLifetime => TimeSpan.FromMinutes(jwtOptions.Value.AccessTokenMinutes) + TimeSpan.FromSeconds(jwtOptions.Value.ClockSkewSeconds) + TimeSpan.FromMinutes(1);

    public async ValueTask<bool> IsRevokedAsync(Guid userId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(userId, out bool cached))
        {
            return cached;
        }

        var revoked = await LookUpAsync(userId, cancellationToken);
        Remember(userId, revoked);
        return revoked;
    }

    public async Task RevokeAsync(Guid userId, DateTimeOffset disabledAt, CancellationToken cancellationToken)
    {
        await redis.GetDatabase().StringSetAsync(RevokedUserKeys.For(userId), disabledAt.ToUnixTimeMilliseconds(), KeyLifetime);
        Remember(userId, revoked: true);
        RevocationLog.Revoked(logger, userId);
    }

    public void Dispose() => _cache.Dispose();

    private async Task<bool> LookUpAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            try
            {
                return await redis.GetDatabase().KeyExistsAsync(RevokedUserKeys.For(userId));
            }
            // A silent Redis times out (RedisTimeoutException is a TimeoutException, not a RedisException): fall back too.
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                RevocationLog.RedisUnavailable(logger, exception);
            }
        }
        else
        {
            RevocationLog.RedisUnavailable(logger, null);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            return await context.Set<UserAccount>().AnyAsync(account => account.Id == userId && account.DisabledAt != null, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RevocationLog.FailedOpen(logger, userId, exception);
            return false;
        }
    }

    private void Remember(Guid userId, bool revoked) =>
        _cache.Set(userId, revoked, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = revoked ? KeyLifetime : options.Value.LocalCacheDuration,
        });
}
