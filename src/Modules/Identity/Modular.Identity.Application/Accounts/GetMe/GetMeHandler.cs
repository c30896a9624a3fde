using Ardalis.Result;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.GetMe;

/// <summary>Read from the account, not the token's claims: roles changed since the token was issued show at once.</summary>
internal sealed class GetMeHandler(IUserAccountRepository accounts) : IQueryHandler<GetMeQuery, AccountSummary>
{
    public async Task<Result<AccountSummary>> HandleAsync(GetMeQuery query, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(query.UserId, cancellationToken);
        return account is null || account.IsDisabled
            ? Result<AccountSummary>.Unauthorized("The account behind this token no longer exists.")
            : AccountSummary.From(account);
    }
}
