using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Users.Application.Abstractions;

namespace Modular.Users.Application.Profiles.DeleteProfile;

internal sealed class DeleteProfileHandler(IUserProfileRepository profiles, IProfileCache cache, TimeProvider clock)
    : ICommandHandler<DeleteProfileCommand, Unit>
{
    public async Task<Result<Unit>> HandleAsync(DeleteProfileCommand command, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindActiveAsync(command.UserId, cancellationToken);
        if (!ProfileAccess.Reaches(command.CallerId, command.CallerIsAdmin, profile, command.UserId, out Result<Unit>? refusal))
        {
            return refusal;
        }

        profile.Delete(clock.GetUtcNow());
        var outcome = await profiles.SaveAsync(cancellationToken);
        if (outcome != ProfileSaveOutcome.Saved)
        {
            return Result<Unit>.Conflict("The profile was changed concurrently; read it again and retry.");
        }

        await cache.InvalidateAsync(profile.Id, cancellationToken);
        return Unit.Value;
    }
}
