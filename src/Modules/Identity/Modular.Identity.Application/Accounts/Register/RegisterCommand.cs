using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.Register;

internal sealed record RegisterCommand(string Name, string Email, string Password) : ICommand<RegisteredAccount>;
