using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Abstractions;

internal interface ITokenService
{
    IssuedAccessToken IssueAccessToken(UserAccount account);

    TimeSpan RefreshTokenLifetime { get; }
}
