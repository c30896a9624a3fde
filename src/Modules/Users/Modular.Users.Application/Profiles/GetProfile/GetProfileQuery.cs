using Modular.Shared.Application.Messaging;

namespace Modular.Users.Application.Profiles.GetProfile;

internal sealed record GetProfileQuery(Guid UserId, Guid CallerId, bool CallerIsAdmin) : IQuery<ProfileResponse>;
