using Modular.Users.Domain.Profiles;

namespace Modular.Users.Application.Abstractions;

/// <summary>Loads and stores <see cref="UserProfile"/> aggregates; saving commits their outbox events in the same transaction.</summary>
internal interface IUserProfileRepository
{
    /// <summary>The profile, tracked for changes, unless it does not exist or is deleted.</summary>
    Task<UserProfile?> FindActiveAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Whether a profile with this id was ever created, deleted ones included.</summary>
    Task<bool> ExistsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Whether another active profile holds this address (compared case-insensitively).</summary>
    Task<bool> EmailInUseAsync(string email, Guid exceptUserId, CancellationToken cancellationToken);

    void Add(UserProfile profile);

    /// <summary>Commits; the unique email index and the row version decide races a prior check cannot.</summary>
    Task<ProfileSaveOutcome> SaveAsync(CancellationToken cancellationToken);
}
