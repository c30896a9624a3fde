using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Accounts;

/// <summary>
/// Where the Identity module publishes account states in Redis, and every process reads them (ADR 0021). One key per
/// account holding <see cref="Active"/> or <see cref="Disabled"/>; the <see cref="Published"/> marker exists once every
/// account's state is in Redis, so a missing account key then means "no such account", and before that (a new or
/// flushed Redis) means "not known yet". A change is announced on <see cref="Changes"/> with the account's id.
/// </summary>
public static class AccountStateKeys
{
    public const string Active = "active";

    public const string Disabled = "disabled";

    public static RedisKey Published { get; } = "identity:accounts:published";

    /// <summary>Held by the one Identity instance rebuilding every state after the marker vanished.</summary>
    public static RedisKey RebuildLock { get; } = "identity:accounts:rebuild";

    public static RedisChannel Changes { get; } = RedisChannel.Literal("identity:accounts:changed");

    public static RedisKey For(Guid userId) => $"identity:account:{userId:N}";

    /// <summary>
    /// The account's roles version (an integer) once its roles changed: access tokens carrying an older one are refused
    /// (ADR 0041). It only grows, and lives as long as an access token can; a missing key refuses nothing.
    /// </summary>
    public static RedisKey RolesVersionFor(Guid userId) => $"identity:account-roles:{userId:N}";

    /// <summary>
    /// The account's ended logins (ADR 0044): the session ids (<c>sid</c>) of its refresh-token families revoked by a
    /// logout or a reuse within an access token's life, read by <see cref="EndedSessions.Parse"/>. Lives as long as the
    /// longest-living entry; a missing key ends nothing.
    /// </summary>
    public static RedisKey EndedSessionsFor(Guid userId) => $"identity:account-ended-sessions:{userId:N}";
}
