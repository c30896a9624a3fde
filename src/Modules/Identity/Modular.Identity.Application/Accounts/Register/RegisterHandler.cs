using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.Register;

internal sealed class RegisterHandler(IUserAccountRepository accounts, IPasswordHasher passwords, IAccountStates accountStates, TimeProvider clock)
    : ICommandHandler<RegisterCommand, RegisteredAccount>
{
    public const string DuplicateEmail = "An account with this email already exists.";

    public async Task<Result<RegisteredAccount>> HandleAsync(RegisterCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        // A cheap early answer for the common case; the unique index settles races between concurrent registrations.
        if (await accounts.ActiveEmailExistsAsync(email, cancellationToken))
        {
            return Result<RegisteredAccount>.Conflict(DuplicateEmail);
        }

        var hash = await passwords.HashAsync(command.Password, cancellationToken);
        var account = UserAccount.Register(command.Name, email, hash, clock.GetUtcNow());
        if (!await accounts.TryAddAsync(account, cancellationToken))
        {
            return Result<RegisteredAccount>.Conflict(DuplicateEmail);
        }

        // After the commit: registration, login and the first request work at once, on any process.
        await accountStates.PublishActiveAsync(account.Id, cancellationToken);
        return new RegisteredAccount(account.Id, account.Name, account.Email, account.Roles, account.CreatedAt);
    }
}
