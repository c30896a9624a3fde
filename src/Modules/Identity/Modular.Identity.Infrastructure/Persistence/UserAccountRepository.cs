using Microsoft.EntityFrameworkCore;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Infrastructure.Persistence.Configurations;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

internal sealed class UserAccountRepository(IdentityDbContext context) : IUserAccountRepository
{
    public Task<UserAccount?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<UserAccount>().FirstOrDefaultAsync(account => account.Id == id, cancellationToken);

    public Task<UserAccount?> FindActiveByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        context.Set<UserAccount>().FirstOrDefaultAsync(account => account.Email == normalizedEmail && account.DisabledAt == null, cancellationToken);

    public Task<bool> ActiveEmailExistsAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        context.Set<UserAccount>().AnyAsync(account => account.Email == normalizedEmail && account.DisabledAt == null, cancellationToken);

    public async Task<bool> TryAddAsync(UserAccount account, CancellationToken cancellationToken)
    {
        context.Add(account);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(UserAccountConfiguration.ActiveEmailIndex))
        {
            // The outbox rows staged with it were never committed either: the losing registration publishes nothing.
            context.ChangeTracker.Clear();
            return false;
        }
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);

    public async Task<bool> TrySaveRolesChangeAsync(CancellationToken cancellationToken)
    {
        // roles_version is a concurrency token: the UPDATE matches only while it is the version this change started from.
        return await context.TrySaveChangesAsync(cancellationToken);
    }
}
