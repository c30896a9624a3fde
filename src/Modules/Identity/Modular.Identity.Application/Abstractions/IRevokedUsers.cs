namespace Modular.Identity.Application.Abstractions;

/// <summary>Where disabled user ids are announced to every instance, so their unexpired access tokens are refused.</summary>
internal interface IRevokedUsers
{
    Task RevokeAsync(Guid userId, DateTimeOffset disabledAt, CancellationToken cancellationToken);
}
