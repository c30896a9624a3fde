namespace Modular.Shared.Application.Security;

/// <summary>
/// Whether a user id names an active account, asked by every process whatever modules it runs: on each authenticated
/// request once the token's signature and lifetime checked out, and for every open hub connection. Answered from the
/// account states the Identity module publishes (never from its tables), from process memory at most a couple of
/// seconds old, so the hot path adds no network round trip (ADR 0021).
/// </summary>
public interface IAccountLiveness
{
    /// <summary>
    /// Whether a token of <paramref name="userId"/> issued with <paramref name="rolesVersion"/> may be served: false for an
    /// unknown or disabled account (ADR 0021) and for a token issued before the account's latest change of roles
    /// (ADR 0041); true while the states are unreadable and nothing is known.
    /// </summary>
    ValueTask<bool> AcceptsTokenAsync(Guid userId, int rolesVersion, CancellationToken cancellationToken);

    /// <summary>The ids among <paramref name="userIds"/> that are not active accounts, in at most one round trip to the store.</summary>
    Task<IReadOnlyCollection<Guid>> FindInactiveAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
