using Modular.Users.Application.Profiles;

namespace Modular.Users.Application.Abstractions;

/// <summary>
/// The cache of profile reads. An invalidation has reached every instance when it returns (each drops the profile as
/// the message arrives, within milliseconds: ADR 0024). When the cache is unreachable, reads go to the database.
/// </summary>
internal interface IProfileCache
{
    /// <summary>The cached profile, else what <paramref name="load"/> finds (cached only when found: absence is never cached).</summary>
    Task<ProfileResponse?> GetOrLoadAsync(Guid userId, Func<CancellationToken, Task<ProfileResponse?>> load, CancellationToken cancellationToken);

    Task InvalidateAsync(Guid userId, CancellationToken cancellationToken);
}
