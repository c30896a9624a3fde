using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Login;

internal sealed record LoginCommand(string Email, string Password) : ICommand<SessionTokens>;
