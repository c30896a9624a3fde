using System.Diagnostics.CodeAnalysis;
using Ardalis.Result;

namespace Modular.Users.Application.Profiles;

/// <summary>
/// Who reaches a profile by its id, the one rule of every by-id use case (contract, Users module): an unknown or deleted
/// profile is <see cref="ResultStatus.NotFound"/> whoever asks; an existing one is reached by its own user and by an
/// admin, and is <see cref="ResultStatus.Forbidden"/> for any other caller. Existence is decided first, so an admin and
/// a user get the same 404 for an id that names nobody.
/// </summary>
internal static class ProfileAccess
{
    public const string NoSuchUser = "No such user.";

    /// <param name="callerId">The caller's user id (the token's <c>sub</c>).</param>
    /// <param name="callerIsAdmin">Whether the caller has the <c>admin</c> role.</param>
    /// <param name="profile">The active profile the id names, or null when there is none (unknown or deleted).</param>
    /// <param name="profileId">The id the caller addressed.</param>
    /// <param name="refusal">When the caller may not act: the answer to give instead.</param>
    /// <returns>True when the profile exists and the caller may act on it.</returns>
    public static bool Reaches<TProfile, TResponse>(
        Guid callerId,
        bool callerIsAdmin,
        [NotNullWhen(true)] TProfile? profile,
        Guid profileId,
        [NotNullWhen(false)] out Result<TResponse>? refusal)
        where TProfile : class
    {
        refusal = profile is null ? Result<TResponse>.NotFound(NoSuchUser)
            : callerIsAdmin || callerId == profileId ? null
            : Result<TResponse>.Forbidden();
        return refusal is null;
    }
}
