namespace Modular.Identity.Application.Abstractions;

/// <summary>
/// Where Identity publishes each account's state for every process to read (ADR 0021): what lets a process that does not
/// run Identity refuse the tokens of unknown or disabled accounts without reading Identity's tables.
/// </summary>
internal interface IAccountStates
{
    /// <summary>
    /// The account may be served: after its registration commits and whenever it receives tokens. Never throws: a state
    /// that could not be written is published by the reconciliation within seconds of the store coming back.
    /// </summary>
    Task PublishActiveAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The account's roles changed to <paramref name="rolesVersion"/>: access tokens carrying an older version are refused
    /// from now on (ADR 0041). Never throws, as <see cref="PublishActiveAsync"/>: the reconciliation publishes a lost write.
    /// </summary>
    Task PublishRolesVersionAsync(Guid userId, int rolesVersion, CancellationToken cancellationToken);

    /// <summary>
    /// The login <paramref name="sessionId"/> (a refresh-token family) of the account was ended at <paramref name="endedAt"/>
    /// (logout, refresh-token reuse): access tokens carrying it are refused from now on (ADR 0044). Call it after the
    /// family's revocation commits. Never throws, as <see cref="PublishActiveAsync"/>: the reconciliation publishes a lost
    /// write from the revoked family.
    /// </summary>
    Task PublishSessionEndedAsync(Guid userId, Guid sessionId, DateTimeOffset endedAt, CancellationToken cancellationToken);

    /// <summary>The account is disabled. Throws when the store cannot take it, so the deletion's delivery is retried.</summary>
    Task PublishDisabledAsync(Guid userId, CancellationToken cancellationToken);
}
