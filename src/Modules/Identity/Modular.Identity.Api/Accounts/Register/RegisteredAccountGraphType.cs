using GraphQL.Types;
using Modular.Identity.Api.GraphQL;
using Modular.Identity.Application.Accounts.Register;
using Modular.Shared.Web.GraphQL;

namespace Modular.Identity.Api.Accounts.Register;

/// <summary>What register answers, as in REST: <c>{id, name, email, roles, createdAt}</c>.</summary>
internal sealed class RegisteredAccountGraphType : ObjectGraphType<RegisteredAccount>
{
    public RegisteredAccountGraphType()
    {
        Name = "RegisteredAccount";
        Field(account => account.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(account => account.Name);
        Field(account => account.Email);
        Field(account => account.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>));
        Field(account => account.CreatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
    }
}
