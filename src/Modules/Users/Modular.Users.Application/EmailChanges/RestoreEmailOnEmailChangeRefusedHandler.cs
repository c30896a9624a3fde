using Microsoft.Extensions.Logging;
using Modular.Identity.IntegrationEvents;
using Modular.Shared.Application.Events;
using Modular.Users.Application.Abstractions;

namespace Modular.Users.Application.EmailChanges;

/// <summary>
/// Identity refused to let login follow a profile's new email (another account signs in with it: a registration that
/// raced the change), so the profile shows the login's address again, as an ordinary change of its email (ADR 0051). A
/// profile that has moved on since (another change, a deletion) is left as it is. When the login's address is held by
/// another profile whose own change is being undone the same way, the event waits for that one.
/// </summary>
internal sealed partial class RestoreEmailOnEmailChangeRefusedHandler(
    IUserProfileRepository profiles,
    IProfileCache cache,
    TimeProvider clock,
    ILogger<RestoreEmailOnEmailChangeRefusedHandler> logger) : IIntegrationEventHandler<UserEmailChangeRefused>, IIntegrationEventCommitted
{
    private Guid? _restored;

    public async Task HandleAsync(UserEmailChangeRefused integrationEvent, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindActiveAsync(integrationEvent.UserId, cancellationToken);
        if (profile is null || profile.IsDifferentAddress(integrationEvent.RefusedEmail))
        {
            LogMovedOn(integrationEvent.UserId);
            return;
        }

        if (await profiles.EmailInUseAsync(integrationEvent.Email, profile.Id, cancellationToken))
        {
            throw new EventNotYetApplicableException(
                $"The login address of user {integrationEvent.UserId} is held by another profile; its restoration waits for that one's.");
        }

        // Saved by the inbox consumer, in the transaction that records the event; the cached read is dropped after it.
        profile.Update(null, integrationEvent.Email, clock.GetUtcNow());
        _restored = profile.Id;
        LogRestored(integrationEvent.UserId);
    }

    public Task CommittedAsync(CancellationToken cancellationToken) =>
        _restored is { } userId ? cache.InvalidateAsync(userId, cancellationToken) : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile of user {UserId} shows its login address again: Identity refused its email change (the address signs in another account)")]
    private partial void LogRestored(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused email change of user {UserId} ignored: the profile has changed or been deleted since")]
    private partial void LogMovedOn(Guid userId);
}
