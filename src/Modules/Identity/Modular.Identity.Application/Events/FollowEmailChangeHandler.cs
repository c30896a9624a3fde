using Microsoft.Extensions.Logging;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Events;
using Modular.Users.IntegrationEvents;

namespace Modular.Identity.Application.Events;

/// <summary>
/// Login follows the profile's email. Saved by the inbox consumer, in the transaction that records the event. Identity
/// decides who signs in with an address: when another account already does (a registration that raced the change), the
/// change is refused and the refusal published, and Users shows the login's address again (ADR 0051).
/// </summary>
internal sealed partial class FollowEmailChangeHandler(
    IUserAccountRepository accounts,
    TimeProvider clock,
    ILogger<FollowEmailChangeHandler> logger) : IIntegrationEventHandler<UserEmailChanged>
{
    public async Task HandleAsync(UserEmailChanged integrationEvent, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(integrationEvent.UserId, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            LogNoAccount(integrationEvent.UserId);
            return;
        }

        var email = EmailAddress.Normalize(integrationEvent.NewEmail);
        if (email != account.Email && await accounts.ActiveEmailExistsAsync(email, cancellationToken))
        {
            // Users checks uniqueness among profiles; an account only Identity knows (e.g. just registered) can still hold it.
            LogEmailTaken(integrationEvent.UserId);
            account.RefuseEmailChange(email, clock.GetUtcNow());
            return;
        }

        account.FollowEmailChange(email, clock.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email change for user {UserId} ignored: no active account has this id")]
    private partial void LogNoAccount(Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email change for user {UserId} refused: another account signs in with the new email; the old one stays and the profile is told")]
    private partial void LogEmailTaken(Guid userId);
}
