using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Caching;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Profiles;

namespace Modular.Users.Infrastructure.Caching;

/// <summary>
/// Profiles in the process's one cache (ADR 0024): a read is normally a memory hit; a change, once committed, drops the
/// profile on every instance before it answers. Redis trouble never fails a read: the database answers.
/// </summary>
internal sealed class ProfileCache(ModuleCache cache, IOptions<UsersCacheOptions> options) : IProfileCache
{
    private const string KeyPrefix = "users:profile:";

    // Profiles change rarely and are read on every instance: Redis spares a new instance's first reads the database.
    private readonly CachePolicy _policy = new(options.Value.Expiration, InRedis: true);

    public Task<ProfileResponse?> GetOrLoadAsync(Guid userId, Func<CancellationToken, Task<ProfileResponse?>> load, CancellationToken cancellationToken) =>
        options.Value.Enabled
            ? cache.GetOrLoadAsync(Key(userId), load, _policy, cancellationToken)
            : load(cancellationToken);

    public Task InvalidateAsync(Guid userId, CancellationToken cancellationToken) =>
        options.Value.Enabled ? cache.InvalidateAsync([Key(userId)], _policy) : Task.CompletedTask;

    private static string Key(Guid userId) => KeyPrefix + userId.ToString("N");
}
