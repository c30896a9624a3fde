using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.SeedAdministrator;

/// <summary>Idempotent across restarts (the existence check) and across instances starting together (the unique index).</summary>
internal sealed class SeedAdministratorHandler(IUserAccountRepository accounts, IPasswordHasher passwords, IAccountStates accountStates, TimeProvider clock)
    : ICommandHandler<SeedAdministratorCommand, bool>
{
    public async Task<Result<bool>> HandleAsync(SeedAdministratorCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        if (await accounts.ActiveEmailExistsAsync(email, cancellationToken))
        {
            return false;
        }

        var hash = await passwords.HashAsync(command.Password, cancellationToken);
        var administrator = UserAccount.RegisterAdministrator(SeedAdministratorCommand.AdministratorName, email, hash, clock.GetUtcNow());
        if (!await accounts.TryAddAsync(administrator, cancellationToken))
        {
            return false;
        }

        await accountStates.PublishActiveAsync(administrator.Id, cancellationToken);
        return true;
    }
}
