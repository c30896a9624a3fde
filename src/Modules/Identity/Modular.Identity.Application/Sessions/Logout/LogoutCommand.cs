using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Logout;

internal sealed record LogoutCommand(string RefreshToken) : ICommand<Unit>;
