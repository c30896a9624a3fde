using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Logout;

public sealed record LogoutCommand(string RefreshToken) : ICommand<Unit>;
