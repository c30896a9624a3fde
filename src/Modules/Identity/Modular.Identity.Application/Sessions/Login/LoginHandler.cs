using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Sessions.Login;

internal sealed class LoginHandler(IUserAccountRepository accounts, IPasswordHasher passwords, SessionIssuer sessions)
    : ICommandHandler<LoginCommand, SessionTokens>
{
    public async Task<Result<SessionTokens>> HandleAsync(LoginCommand command, CancellationToken cancellationToken)
    {
        var password = command.Password;
        var account = await accounts.FindActiveByEmailAsync(EmailAddress.Normalize(command.Email), cancellationToken);
        if (account is null)
        {
            // Same work, same answer as a wrong password: response time does not reveal which emails exist.
            await passwords.VerifyAgainstDummyAsync(password, cancellationToken);
            return Result<SessionTokens>.Unauthorized(SessionErrors.InvalidCredentials);
        }

        if (!await passwords.VerifyAsync(password, account.PasswordHash, cancellationToken) || !account.CanSignIn)
        {
            return Result<SessionTokens>.Unauthorized(SessionErrors.InvalidCredentials);
        }

        return await sessions.StartAsync(account, cancellationToken);
    }
}
