using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Refresh;

internal sealed record RefreshCommand(string RefreshToken) : ICommand<SessionTokens>;
