using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Refresh;

public sealed record RefreshCommand(string RefreshToken) : ICommand<SessionTokens>;
