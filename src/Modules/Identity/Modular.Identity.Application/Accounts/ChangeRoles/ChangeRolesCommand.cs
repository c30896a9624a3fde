using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.ChangeRoles;

/// <summary>Replaces the roles of account <paramref name="UserId"/> with <paramref name="Roles"/> (known role names; <c>user</c> is always kept).</summary>
internal sealed record ChangeRolesCommand(Guid UserId, IReadOnlyList<string> Roles) : ICommand<AccountSummary>;
