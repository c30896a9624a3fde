namespace Modular.Shared.Application.Security;

/// <summary>
/// Whether a user id names an active account, and whether a login of it is still open, asked by every process whatever
/// modules it runs: on each authenticated request once the token's signature and lifetime checked out, and for every open
/// hub connection. Answered from what the Identity module publishes (never from its tables), from process memory at most
/// a couple of seconds old, so the hot path adds no network round trip (ADR 0021, ADR 0044).
/// </summary>
public interface IAccountLiveness
{
    /// <summary>
    /// Whether a token of <paramref name="userId"/> issued for the login <paramref name="sessionId"/> with
    /// <paramref name="rolesVersion"/> may be served: false for an unknown or disabled account (ADR 0021), for a token
    /// issued before the account's latest change of roles (ADR 0041) and for a login that was ended (logout or refresh-token
    /// reuse: ADR 0044); true while the states are unreadable and nothing is known. A null <paramref name="sessionId"/> (a
    /// token issued before tokens carried one) is refused only with its account.
    /// </summary>
    ValueTask<bool> AcceptsTokenAsync(Guid userId, Guid? sessionId, int rolesVersion, CancellationToken cancellationToken);

    /// <summary>
    /// The logins among <paramref name="sessions"/> that may no longer be served (their account is not active, or the login
    /// was ended), in at most one round trip to the store.
    /// </summary>
    Task<IReadOnlyCollection<AccountSession>> FindRefusedAsync(IReadOnlyCollection<AccountSession> sessions, CancellationToken cancellationToken);
}
