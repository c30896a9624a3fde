namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>
/// What Redis said about one user id, when (a <see cref="TimeProvider.GetTimestamp"/>), the account's roles version (0 when
/// its roles never changed within an access token's life) and the session ids of its logins ended within an access token's
/// life (null: none); kept past its freshness as the outage fallback.
/// </summary>
internal readonly record struct LivenessAnswer(AccountState State, int RolesVersion, long ReadAt, Guid[]? EndedSessions = null)
{
    /// <summary>Served: an active account, or nothing known while the states are not published (ADR 0021).</summary>
    public bool IsServed => State is AccountState.Active or AccountState.Unpublished;

    /// <summary>
    /// A token may be served: its account is, it was issued with the account's current roles (a token's version older than
    /// the published one was issued before the latest change of roles: ADR 0041), and its login was not ended (ADR 0044; a
    /// token without a session id predates them and is refused only with its account).
    /// </summary>
    public bool Accepts(int tokenRolesVersion, Guid? sessionId) =>
        IsServed && tokenRolesVersion >= RolesVersion && !Ended(sessionId);

    /// <summary>Whether the login <paramref name="sessionId"/> was ended (a scan of a few ids, no allocation).</summary>
    public bool Ended(Guid? sessionId) =>
        sessionId is { } id && EndedSessions is { } ended && ended.AsSpan().Contains(id);
}
