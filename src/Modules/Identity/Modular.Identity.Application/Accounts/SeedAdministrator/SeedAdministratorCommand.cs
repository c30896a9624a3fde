using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.SeedAdministrator;

/// <summary>Creates the configured administrator unless an account with that email exists; true when it created one.</summary>
internal sealed record SeedAdministratorCommand(string Email, string Password) : ICommand<bool>
{
    public const string AdministratorName = "Administrator";
}
