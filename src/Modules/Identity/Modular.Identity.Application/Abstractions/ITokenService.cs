using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Abstractions;

public interface ITokenService
{
    IssuedAccessToken IssueAccessToken(UserAccount account);

    TimeSpan RefreshTokenLifetime { get; }
}
