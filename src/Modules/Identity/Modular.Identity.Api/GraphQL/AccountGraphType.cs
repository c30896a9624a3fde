using GraphQL.Types;
using Modular.Identity.Application.Accounts;

namespace Modular.Identity.Api.GraphQL;

/// <summary>An account as REST answers it (<c>/me</c>, login's <c>user</c>, role changes): <c>{id, email, roles}</c>.</summary>
internal sealed class AccountGraphType : ObjectGraphType<AccountSummary>
{
    public AccountGraphType()
    {
        Name = "Account";
        Field(account => account.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(account => account.Email);
        Field(account => account.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>));
    }
}
