using Microsoft.EntityFrameworkCore;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.RefreshTokens;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

internal sealed class RefreshTokenStore(IdentityDbContext context) : IRefreshTokenStore
{
    private DbSet<RefreshToken> Tokens => context.Set<RefreshToken>();

    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Tokens.FirstOrDefaultAsync(token => token.TokenHash == tokenHash, cancellationToken);

    public async Task AddAsync(RefreshToken token, CancellationToken cancellationToken)
    {
        Tokens.Add(token);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> TrySaveRotationAsync(RefreshToken successor, CancellationToken cancellationToken)
    {
        Tokens.Add(successor);
        // used_at and revoked_at are concurrency tokens: the UPDATE matches only while both are still null, and a
        // concurrent rotation waits on the row lock, then matches nothing.
        return await context.TrySaveChangesAsync(cancellationToken);
    }

    public async Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A rotation of this family may hold the lock of the row the first statement waits on: it commits a successor that
        // statement's snapshot cannot see (read committed re-checks only the rows it waited on). The second statement, a new
        // snapshot, revokes that successor. A rotation that reaches its UPDATE later finds its token revoked and fails.
        await RevokeUnrevokedAsync(familyId, now, cancellationToken);
        await RevokeUnrevokedAsync(familyId, now, cancellationToken);
    }

    public Task RevokeAllOfUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tokens.Where(token => token.UserId == userId && token.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.RevokedAt, now), cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Tokens.Where(token => token.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

    private Task<int> RevokeUnrevokedAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tokens.Where(token => token.FamilyId == familyId && token.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.RevokedAt, now), cancellationToken);
}
