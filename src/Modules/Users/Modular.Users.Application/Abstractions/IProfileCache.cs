using Modular.Users.Application.Profiles;

namespace Modular.Users.Application.Abstractions;

/// <summary>
/// The shared cache of profile reads. Every instance sees an invalidation as soon as it returns, so a client never
/// reads a profile older than its own last write. When the cache is unreachable, reads go to the database.
/// </summary>
internal interface IProfileCache
{
    /// <summary>The cached profile, else what <paramref name="load"/> finds (cached only when found: absence is never cached).</summary>
    Task<ProfileResponse?> GetOrLoadAsync(Guid userId, Func<CancellationToken, Task<ProfileResponse?>> load, CancellationToken cancellationToken);

    Task InvalidateAsync(Guid userId, CancellationToken cancellationToken);
}
