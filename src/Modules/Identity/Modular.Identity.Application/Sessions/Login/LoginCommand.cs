using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Login;

public sealed record LoginCommand(string Email, string Password) : ICommand<SessionTokens>;
