namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// How a module keeps one kind of entry in the one cache (ADR 0024, 0038): pass the same policy to
/// <see cref="ModuleCache.GetOrLoadAsync{T}"/> and <see cref="ModuleCache.InvalidateAsync"/> for its keys.
/// </summary>
/// <param name="Duration">Longest life of an entry: in Redis when <paramref name="InRedis"/>; in memory it is also bounded
/// by <see cref="CachingOptions.MemoryDuration"/>.</param>
/// <param name="InRedis">True: memory and Redis, so an instance whose memory lacks the entry reads it from Redis before
/// the database; for entries read much more often than they change. False: this instance's memory only, and an
/// invalidation removes nothing from Redis; for entries that change about as often as another instance would read them
/// from Redis (a product's stock changes with every order).</param>
public sealed record CachePolicy(TimeSpan Duration, bool InRedis);
