using GraphQL.Types;
using Modular.Identity.Api.GraphQL;

namespace Modular.Identity.Api.Accounts.ChangeRoles;

/// <summary>The body of <c>PUT /api/identity/users/{id}/roles</c>.</summary>
internal sealed class ChangeRolesInputGraphType : InputObjectGraphType<ChangeRolesRequest>
{
    public ChangeRolesInputGraphType()
    {
        Name = "ChangeRolesInput";
        Field(request => request.Roles, type: typeof(ListGraphType<RoleGraphType>)).Description("Required: the new roles (user is always kept).");
    }
}
