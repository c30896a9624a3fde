using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Logout;

/// <summary>
/// Ends the login the token belongs to: its whole family is revoked, then the end is published so that the login's access
/// tokens are refused everywhere within seconds (ADR 0044). Idempotent: an unknown, expired or already
/// revoked token also succeeds, so logout never tells whether a token ever existed.
/// </summary>
internal sealed class LogoutHandler(IRefreshTokenStore refreshTokens, IAccountStates accountStates, TimeProvider clock) : ICommandHandler<LogoutCommand, Unit>
{
    public async Task<Result<Unit>> HandleAsync(LogoutCommand command, CancellationToken cancellationToken)
    {
        var presented = await refreshTokens.FindByHashAsync(RefreshTokenSecret.Hash(command.RefreshToken), cancellationToken);
        if (presented is not null)
        {
            var now = clock.GetUtcNow();
            await refreshTokens.RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
            await accountStates.PublishSessionEndedAsync(presented.UserId, presented.FamilyId, now, cancellationToken);
        }

        return Unit.Value;
    }
}
