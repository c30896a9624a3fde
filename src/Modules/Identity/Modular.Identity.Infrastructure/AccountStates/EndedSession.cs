namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>A login (refresh-token family, the tokens' <c>sid</c>) of an active account, ended at <see cref="EndedAt"/> (its revocation).</summary>
internal sealed record EndedSession(Guid UserId, Guid SessionId, DateTimeOffset EndedAt);
