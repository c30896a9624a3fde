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

    public async Task<RolesChangeSave> SaveRolesChangeAsync(UserAccount account, bool losesAdministration, CancellationToken cancellationToken)
    {
        if (!losesAdministration)
        {
            // roles_version is a concurrency token: the UPDATE matches only while it is the version this change started from.
            return await context.TrySaveChangesAsync(cancellationToken) ? RolesChangeSave.Saved : RolesChangeSave.ConcurrentChange;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Every administrator, this one included: a demotion that commits first is seen by the one waiting on its lock
        // (PostgreSQL re-checks the row's roles once the lock is granted), so the second finds no other administrator.
        var administrators = await context.Database.SqlQueryRaw<Guid>(LockAdministrators).ToListAsync(cancellationToken);
        if (!administrators.Any(id => id != account.Id))
        {
            context.ChangeTracker.Clear();
            return RolesChangeSave.LastAdministrator;
        }

        if (!await context.TrySaveChangesAsync(cancellationToken))
        {
            return RolesChangeSave.ConcurrentChange;
        }

        await transaction.CommitAsync(cancellationToken);
        return RolesChangeSave.Saved;
    }

    private const string LockAdministrators =
        $"SELECT id AS \"Value\" FROM {IdentityModuleInfo.Schema}.{UserAccountConfiguration.TableName} "
        + $"WHERE disabled_at IS NULL AND roles @> ARRAY['{AccountRoles.Admin}'] ORDER BY id FOR UPDATE";
}
