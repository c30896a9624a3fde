using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.ChangeRoles;

internal sealed class ChangeRolesHandler(IUserAccountRepository accounts, TimeProvider clock) : ICommandHandler<ChangeRolesCommand, AccountSummary>
{
    public async Task<Result<AccountSummary>> HandleAsync(ChangeRolesCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(command.UserId, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return Result<AccountSummary>.NotFound("No account has this id.");
        }

        if (account.ChangeRoles(command.Roles, clock.GetUtcNow()))
        {
            await accounts.SaveChangesAsync(cancellationToken);
        }

        return AccountSummary.From(account);
    }
}
