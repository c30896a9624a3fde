namespace Modular.Shared.Application.Security;

/// <summary>
/// One login of one account as a token or a hub connection names it: the account (<c>sub</c>) and the login's session id
/// (<c>sid</c>, the refresh-token family), null for a token issued before tokens carried it.
/// </summary>
public readonly record struct AccountSession(Guid UserId, Guid? SessionId);
