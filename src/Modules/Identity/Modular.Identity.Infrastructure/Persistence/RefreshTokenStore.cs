using Microsoft.EntityFrameworkCore;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.RefreshTokens;

namespace Modular.Identity.Infrastructure.Persistence;

internal sealed class RefreshTokenStore(IdentityDbContext context) : IRefreshTokenStore
{
    private DbSet<RefreshToken> Tokens => context.Set<RefreshToken>();

    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Tokens.AsNoTracking().FirstOrDefaultAsync(token => token.TokenHash == tokenHash, cancellationToken);

    public async Task AddAsync(RefreshToken token, CancellationToken cancellationToken)
    {
        Tokens.Add(token);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> TryRotateAsync(RefreshToken used, RefreshToken successor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // The conditional update is the arbiter: a concurrent rotation waits on the row lock, then matches nothing.
        var claimed = await Tokens
            .Where(token => token.Id == used.Id && token.UsedAt == null && token.RevokedAt == null && token.ExpiresAt > now)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        Tokens.Add(successor);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tokens.Where(token => token.FamilyId == familyId && token.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.RevokedAt, now), cancellationToken);

    public Task RevokeAllOfUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tokens.Where(token => token.UserId == userId && token.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.RevokedAt, now), cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Tokens.Where(token => token.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
