using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Users.Application.Abstractions;

namespace Modular.Users.Application.Profiles.GetProfile;

internal sealed class GetProfileHandler(IProfileCache cache, IProfileReader reader) : IQueryHandler<GetProfileQuery, ProfileResponse>
{
    public async Task<Result<ProfileResponse>> HandleAsync(GetProfileQuery query, CancellationToken cancellationToken)
    {
        // Checked before the lookup: a non-admin learns nothing about whether another id exists.
        if (!ProfileAccess.Allows(query.CallerId, query.CallerIsAdmin, query.UserId))
        {
            return Result<ProfileResponse>.Forbidden();
        }

        var profile = await cache.GetOrLoadAsync(query.UserId, token => reader.FindAsync(query.UserId, token), cancellationToken);
        return profile is null ? Result<ProfileResponse>.NotFound("No such user.") : profile;
    }
}
