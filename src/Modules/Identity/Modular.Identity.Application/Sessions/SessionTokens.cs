using Modular.Identity.Application.Accounts;

namespace Modular.Identity.Application.Sessions;

/// <summary>What login and refresh answer.</summary>
internal sealed record SessionTokens(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, AccountSummary User)
{
    public const string BearerTokenType = "Bearer";
}
