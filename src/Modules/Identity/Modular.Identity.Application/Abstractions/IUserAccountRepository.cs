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

    /// <summary>Saves a change of roles; false when another change of the same account's roles committed since it was read.</summary>
    Task<bool> TrySaveRolesChangeAsync(CancellationToken cancellationToken);
}
