using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Users.Application.Abstractions;

namespace Modular.Users.Application.Profiles.UpdateProfile;

internal sealed class UpdateProfileHandler(IUserProfileRepository profiles, IProfileCache cache, TimeProvider clock)
    : ICommandHandler<UpdateProfileCommand, ProfileResponse>
{
    private const string EmailTaken = "The email is already in use.";

    public async Task<Result<ProfileResponse>> HandleAsync(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindActiveAsync(command.UserId, cancellationToken);
        if (!ProfileAccess.Reaches(command.CallerId, command.CallerIsAdmin, profile, command.UserId, out Result<ProfileResponse>? refusal))
        {
            return refusal;
        }

        // A friendly early answer; the unique index below is what actually decides a race.
        if (command.Email is not null
            && profile.IsDifferentAddress(command.Email)
            && await profiles.EmailInUseAsync(command.Email, profile.Id, cancellationToken))
        {
            return Result<ProfileResponse>.Conflict(EmailTaken);
        }

        if (!profile.Update(command.Name, command.Email, clock.GetUtcNow()))
        {
            return ProfileResponse.From(profile);
        }

        var outcome = await profiles.SaveAsync(cancellationToken);
        if (outcome == ProfileSaveOutcome.Saved)
        {
            await cache.InvalidateAsync(profile.Id, cancellationToken);
        }

        return outcome switch
        {
            ProfileSaveOutcome.Saved => ProfileResponse.From(profile),
            ProfileSaveOutcome.EmailTaken => Result<ProfileResponse>.Conflict(EmailTaken),
            _ => Result<ProfileResponse>.Conflict("The profile was changed concurrently; read it again and retry."),
        };
    }
}
