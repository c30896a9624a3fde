using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Users.Application.Abstractions;

namespace Modular.Users.Application.Profiles.GetProfile;

internal sealed class GetProfileHandler(IProfileCache cache, IProfileReader reader) : IQueryHandler<GetProfileQuery, ProfileResponse>
{
    public async Task<Result<ProfileResponse>> HandleAsync(GetProfileQuery query, CancellationToken cancellationToken)
    {
        var profile = await cache.GetOrLoadAsync(query.UserId, token => reader.FindAsync(query.UserId, token), cancellationToken);
        return ProfileAccess.Reaches(query.CallerId, query.CallerIsAdmin, profile, query.UserId, out Result<ProfileResponse>? refusal) ? profile : refusal;
    }
}
