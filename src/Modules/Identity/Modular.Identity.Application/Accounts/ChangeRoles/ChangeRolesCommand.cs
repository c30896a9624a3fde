using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.ChangeRoles;

public sealed record ChangeRolesCommand(Guid UserId, IReadOnlyList<string?>? Roles) : ICommand<AccountSummary>;
