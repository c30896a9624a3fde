using Modular.Shared.Application.Messaging;

namespace Modular.Users.Application.Profiles.GetProfile;

public sealed record GetProfileQuery(Guid UserId, Guid CallerId, bool CallerIsAdmin) : IQuery<ProfileResponse>;
