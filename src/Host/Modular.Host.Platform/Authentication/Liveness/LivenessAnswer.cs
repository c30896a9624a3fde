namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>
/// What Redis said about one user id, when (a <see cref="TimeProvider.GetTimestamp"/>), and the account's roles version
/// (0 when its roles never changed within an access token's life); kept past its freshness as the outage fallback.
/// </summary>
internal readonly record struct LivenessAnswer(AccountState State, int RolesVersion, long ReadAt)
{
    /// <summary>Served: an active account, or nothing known while the states are not published (ADR 0021).</summary>
    public bool IsServed => State is AccountState.Active or AccountState.Unpublished;

    /// <summary>
    /// A token may be served: its account is, and it was issued with the account's current roles (a token's version older
    /// than the published one was issued before the latest change of roles: ADR 0041).
    /// </summary>
    public bool Accepts(int tokenRolesVersion) => IsServed && tokenRolesVersion >= RolesVersion;
}
