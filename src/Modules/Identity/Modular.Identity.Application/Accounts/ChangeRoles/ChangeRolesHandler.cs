using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.ChangeRoles;

/// <summary>
/// Replaces an account's roles and, once committed, publishes its new roles version: every process then refuses the
/// access tokens issued before the change within the liveness bound, so a demoted admin loses admin at once (ADR 0041).
/// The last active administrator keeps <c>admin</c> (409): nothing else could give it back, and the seed at start-up
/// creates an administrator only when its account does not exist.
/// </summary>
internal sealed class ChangeRolesHandler(IUserAccountRepository accounts, IAccountStates accountStates, TimeProvider clock) : ICommandHandler<ChangeRolesCommand, AccountSummary>
{
    public async Task<Result<AccountSummary>> HandleAsync(ChangeRolesCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(command.UserId, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return Result<AccountSummary>.NotFound("No account has this id.");
        }

        var losesAdministration = account.WouldLoseAdministration(command.Roles);
        if (!account.ChangeRoles(command.Roles, clock.GetUtcNow()))
        {
            return AccountSummary.From(account);
        }

        switch (await accounts.SaveRolesChangeAsync(account, losesAdministration, cancellationToken))
        {
            case RolesChangeSave.ConcurrentChange:
                return Result<AccountSummary>.Conflict("The account's roles were changed by another request at the same time; read them and try again.");
            case RolesChangeSave.LastAdministrator:
                return Result<AccountSummary>.Conflict("This account is the only active administrator: make another account an administrator before taking 'admin' from this one.");
        }

        // After the commit, never before: a version published for a change that then failed would refuse every token.
        await accountStates.PublishRolesVersionAsync(account.Id, account.RolesVersion, cancellationToken);
        return AccountSummary.From(account);
    }
}
