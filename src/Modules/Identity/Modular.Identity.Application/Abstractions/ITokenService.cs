using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Abstractions;

internal interface ITokenService
{
    /// <summary>An access token of <paramref name="account"/> for the login <paramref name="sessionId"/> (its refresh-token family).</summary>
    IssuedAccessToken IssueAccessToken(UserAccount account, Guid sessionId);

    TimeSpan RefreshTokenLifetime { get; }
}
