using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Identity.Api.GraphQL;
using Modular.Identity.Application.Accounts;
using Modular.Identity.Application.Accounts.ChangeRoles;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Identity.Api.Accounts.ChangeRoles;

internal static class ChangeRolesField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<AccountGraphType, AccountSummary>("changeRoles")
            .Description("Replaces an account's roles (user is always kept), as PUT /api/identity/users/{id}/roles. Admin only.")
            .IdArgument("The account's id.")
            .Argument<NonNullGraphType<ChangeRolesInputGraphType>>("input")
            .AuthorizeWithPolicy(AuthorizationPolicies.Admin)
            .ResolveAsync(async context =>
            {
                var id = context.GetId("Account");
                var request = await context.ValidAsync(context.GetArgument<ChangeRolesRequest>("input"));
                return await context.CommandAsync<ChangeRolesCommand, AccountSummary>(request.Adapt<ChangeRolesCommand>() with { UserId = id });
            });
}
