using Ardalis.Result;
using Microsoft.Extensions.Logging;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.RefreshTokens;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Refresh;

/// <summary>
/// Rotation with reuse detection: an active token is exchanged once for a successor; a used token presented again
/// means someone kept a copy, so the whole family (every session descending from that login) is revoked, and its access
/// tokens with it (ADR 0044). Two requests racing with one token are reuse as well: the one that loses the conditional
/// update revokes the family (ADR 0041).
/// </summary>
internal sealed partial class RefreshHandler(
    IRefreshTokenStore refreshTokens,
    IUserAccountRepository accounts,
    SessionIssuer sessions,
    IAccountStates accountStates,
    TimeProvider clock,
    ILogger<RefreshHandler> logger) : ICommandHandler<RefreshCommand, SessionTokens>
{
    public async Task<Result<SessionTokens>> HandleAsync(RefreshCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var presented = await refreshTokens.FindByHashAsync(RefreshTokenSecret.Hash(command.RefreshToken), cancellationToken);
        switch (presented?.StateAt(now))
        {
            case RefreshTokenState.Active:
                break;
            case RefreshTokenState.Used:
                return await RevokeReusedAsync(presented, now, cancellationToken);
            default:
                return Invalid();
        }

        var account = await accounts.FindAsync(presented.UserId, cancellationToken);
        if (account is null || !account.CanSignIn)
        {
            return Invalid();
        }

        // Null: the conditional update found the token used or revoked by a request that read it at the same time. That
        // is reuse too (two holders of one token), and the winner's successor is committed by now (the update waited on
        // its row lock), so revoking the family here also revokes the token the winner just received.
        // (Not `rotated ?? Invalid()`: Result<T> converts implicitly to T, which would turn the failure into a null success.)
        var rotated = await sessions.RotateAsync(account, presented, now, cancellationToken);
        if (rotated is null)
        {
            return await RevokeReusedAsync(presented, now, cancellationToken);
        }

        return rotated;
    }

    private async Task<Result<SessionTokens>> RevokeReusedAsync(RefreshToken presented, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await refreshTokens.RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
        await accountStates.PublishSessionEndedAsync(presented.UserId, presented.FamilyId, now, cancellationToken);
        LogReuse(presented.UserId, presented.FamilyId);
        return Invalid();
    }

    private static Result<SessionTokens> Invalid() => Result<SessionTokens>.Unauthorized(SessionErrors.InvalidRefreshToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token reuse for user {UserId}: family {FamilyId} revoked")]
    private partial void LogReuse(Guid userId, Guid familyId);
}
