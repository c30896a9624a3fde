using Microsoft.Extensions.Caching.Memory;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// The memory level of the one cache, owned here rather than by FusionCache so that it can be emptied at once when
/// this instance may have missed invalidations (<see cref="CacheInvalidationChannel"/>).
/// </summary>
internal sealed class CacheMemoryLevel : IDisposable
{
    public MemoryCache Memory { get; } = new(new MemoryCacheOptions());

    public void Clear() => Memory.Clear();

    public void Dispose() => Memory.Dispose();
}
