using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Accounts;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Domain.RefreshTokens;

namespace Modular.Identity.Application.Sessions;

/// <summary>Pairs a fresh access token with a refresh token: a new family on login, the successor on refresh.</summary>
internal sealed class SessionIssuer(ITokenService tokens, IRefreshTokenStore refreshTokens, IAccountStates accountStates, TimeProvider clock)
{
    public async Task<SessionTokens> StartAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var secret = RefreshTokenSecret.Generate();
        var refreshToken = RefreshToken.StartFamily(account.Id, RefreshTokenSecret.Hash(secret), clock.GetUtcNow(), tokens.RefreshTokenLifetime);
        await refreshTokens.AddAsync(refreshToken, cancellationToken);
        return await AnswerAsync(account, refreshToken.FamilyId, secret, cancellationToken);
    }

    /// <summary>Null when the presented token was rotated concurrently by another request (it lost the race).</summary>
    public async Task<SessionTokens?> RotateAsync(UserAccount account, RefreshToken presented, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var secret = RefreshTokenSecret.Generate();
        var successor = presented.Rotate(RefreshTokenSecret.Hash(secret), now, tokens.RefreshTokenLifetime);
        return await refreshTokens.TrySaveRotationAsync(successor, cancellationToken)
            ? await AnswerAsync(account, successor.FamilyId, secret, cancellationToken)
            : null;
    }

    // The access token names its login (the family) so that ending the login refuses it too (ADR 0044).
    private async Task<SessionTokens> AnswerAsync(UserAccount account, Guid familyId, string refreshSecret, CancellationToken cancellationToken)
    {
        // Whatever happened to the state published at registration (a store that was away, then emptied), an account
        // that receives tokens is published as active before it can present them.
        await accountStates.PublishActiveAsync(account.Id, cancellationToken);
        var access = tokens.IssueAccessToken(account, familyId);
        return new SessionTokens(access.Value, SessionTokens.BearerTokenType, access.ExpiresInSeconds, refreshSecret, AccountSummary.From(account));
    }
}
