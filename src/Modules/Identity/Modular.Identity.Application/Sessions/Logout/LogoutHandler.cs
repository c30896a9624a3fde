using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Logout;

/// <summary>
/// Ends the login the token belongs to: its whole family is revoked. Idempotent: an unknown, expired or already
/// revoked token also succeeds, so logout never tells whether a token ever existed.
/// </summary>
internal sealed class LogoutHandler(IRefreshTokenStore refreshTokens, TimeProvider clock) : ICommandHandler<LogoutCommand, Unit>
{
    public async Task<Result<Unit>> HandleAsync(LogoutCommand command, CancellationToken cancellationToken)
    {
        var presented = await refreshTokens.FindByHashAsync(RefreshTokenSecret.Hash(command.RefreshToken), cancellationToken);
        if (presented is not null)
        {
            await refreshTokens.RevokeFamilyAsync(presented.FamilyId, clock.GetUtcNow(), cancellationToken);
        }

        return Unit.Value;
    }
}
