using Modular.Identity.Domain.RefreshTokens;

namespace Modular.Identity.Application.Abstractions;

internal interface IRefreshTokenStore
{
    /// <summary>The token, tracked: a rotation of it is saved by <see cref="TrySaveRotationAsync"/>.</summary>
    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task AddAsync(RefreshToken token, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a rotation (the used token and its <paramref name="successor"/>) atomically, and only if the used token was
    /// still unused and unrevoked in the database: of two concurrent rotations of one token, exactly one returns true.
    /// </summary>
    Task<bool> TrySaveRotationAsync(RefreshToken successor, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes every token of a login's family that is not revoked yet, including a successor that a rotation racing this
    /// call commits meanwhile (ADR 0044).
    /// </summary>
    Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes every token of the user, inside the caller's current transaction when there is one.</summary>
    Task RevokeAllOfUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes tokens whose lifetime is over (expired tokens are refused anyway); returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
