using Modular.Shared.Application.Pagination;
using Modular.Users.Application.Profiles;

namespace Modular.Users.Application.Abstractions;

/// <summary>Read-only projections of active profiles, straight from the database.</summary>
internal interface IProfileReader
{
    Task<ProfileResponse?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Active profiles ordered by creation time then id; <paramref name="search"/> matches name or email, case-insensitively.</summary>
    Task<PagedResult<ProfileResponse>> ListAsync(PageRequest page, string? search, CancellationToken cancellationToken);
}
