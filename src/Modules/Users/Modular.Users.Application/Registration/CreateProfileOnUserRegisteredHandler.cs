using Microsoft.Extensions.Logging;
using Modular.Identity.IntegrationEvents;
using Modular.Shared.Application.Events;
using Modular.Users.Application.Abstractions;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Application.Registration;

/// <summary>Every new account gets its profile. Runs through the inbox: a redelivered event creates nothing twice.</summary>
internal sealed partial class CreateProfileOnUserRegisteredHandler(
    IUserProfileRepository profiles,
    ILogger<CreateProfileOnUserRegisteredHandler> logger) : IIntegrationEventHandler<UserRegistered>
{
    public async Task HandleAsync(UserRegistered integrationEvent, CancellationToken cancellationToken)
    {
        // Beyond the inbox (which forgets after its retention): an id seen before, even deleted, is never created again.
        if (await profiles.ExistsAsync(integrationEvent.UserId, cancellationToken))
        {
            LogAlreadyExists(integrationEvent.UserId);
            return;
        }

        if (await profiles.EmailInUseAsync(integrationEvent.Email, integrationEvent.UserId, cancellationToken))
        {
            // Identity gave the address to this account, so the profile holding it changed to it in a race Identity will
            // refuse: that profile shows its login address again (UserEmailChangeRefused), then this one can be created.
            LogEmailConflict(integrationEvent.UserId);
            throw new EventNotYetApplicableException(
                $"Cannot create the profile of user {integrationEvent.UserId} yet: its email is held by another profile whose change Identity refuses.");
        }

        // Saved by the inbox consumer, in the transaction that records the event. No cache to touch: absence is never cached.
        profiles.Add(UserProfile.Register(integrationEvent.UserId, integrationEvent.Name, integrationEvent.Email, integrationEvent.OccurredAt));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile of user {UserId} already exists; registration event ignored")]
    private partial void LogAlreadyExists(Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile of user {UserId} not created yet: its email is held by another profile whose change is being undone; retried")]
    private partial void LogEmailConflict(Guid userId);
}
