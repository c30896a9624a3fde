namespace Modular.Shared.Application.Security;

/// <summary>
/// Asked on every authenticated request after the token's signature and lifetime checked out: lets the module that owns
/// accounts refuse still-unexpired tokens of a disabled user. Absent, no token is refused on these grounds.
/// </summary>
public interface IAccessTokenRevocation
{
    ValueTask<bool> IsRevokedAsync(Guid userId, DateTimeOffset issuedAt, CancellationToken cancellationToken);
}
