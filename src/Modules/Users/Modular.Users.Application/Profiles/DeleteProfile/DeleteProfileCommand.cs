using Modular.Shared.Application.Messaging;

namespace Modular.Users.Application.Profiles.DeleteProfile;

internal sealed record DeleteProfileCommand(Guid UserId, Guid CallerId, bool CallerIsAdmin) : ICommand<Unit>;
