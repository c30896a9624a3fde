using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Abstractions;

internal interface IUserAccountRepository
{
    Task<UserAccount?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The account that signs in with this (normalized) email; disabled accounts no longer own an address.</summary>
    Task<UserAccount?> FindActiveByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<bool> ActiveEmailExistsAsync(string normalizedEmail, CancellationToken cancellationToken);

    /// <summary>Saves a new account; false when another active account already holds its email (the unique index decides).</summary>
    Task<bool> TryAddAsync(UserAccount account, CancellationToken cancellationToken);

    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves a change of <paramref name="account"/>'s roles. When it takes <c>admin</c> away, the active administrators
    /// are locked first (in id order, so two administrators demoting each other serialise) and the change is refused
    /// unless another one remains.
    /// </summary>
    Task<RolesChangeSave> SaveRolesChangeAsync(UserAccount account, bool losesAdministration, CancellationToken cancellationToken);
}
