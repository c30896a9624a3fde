using Microsoft.Extensions.Logging;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Events;
using Modular.Users.IntegrationEvents;

namespace Modular.Identity.Application.Events;

/// <summary>
/// A deleted user's account is disabled (its email released), every refresh token revoked, and its state published as
/// disabled to every process, so its unexpired access tokens and open hub connections stop working within seconds.
/// </summary>
internal sealed partial class DisableAccountOnUserDeletedHandler(
    IUserAccountRepository accounts,
    IRefreshTokenStore refreshTokens,
    IAccountStates accountStates,
    TimeProvider clock,
    ILogger<DisableAccountOnUserDeletedHandler> logger) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(integrationEvent.UserId, cancellationToken);
        if (account is null)
        {
            LogNoAccount(integrationEvent.UserId);
            return;
        }

        var now = clock.GetUtcNow();
        account.Disable(now);
        await refreshTokens.RevokeAllOfUserAsync(account.Id, now, cancellationToken);
        // Before the commit and unconditionally: a failure here fails the delivery, so the retry announces it again.
        await accountStates.PublishDisabledAsync(account.Id, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deletion of user {UserId} ignored: no account has this id")]
    private partial void LogNoAccount(Guid userId);
}
