using Modular.Shared.Application.Messaging;

namespace Modular.Users.Application.Profiles.UpdateProfile;

/// <summary>Changes the given fields of a profile; a null field stays as it is.</summary>
internal sealed record UpdateProfileCommand(Guid UserId, string? Name, string? Email, Guid CallerId, bool CallerIsAdmin) : ICommand<ProfileResponse>;
