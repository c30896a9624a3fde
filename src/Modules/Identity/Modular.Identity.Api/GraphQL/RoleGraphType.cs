using GraphQL.Types;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Api.GraphQL;

/// <summary>The contract's role names, as in REST: <c>user</c> (every account) and <c>admin</c>.</summary>
internal sealed class RoleGraphType : EnumerationGraphType
{
    public RoleGraphType()
    {
        Name = "Role";
        foreach (var role in AccountRoles.All)
        {
            Add(role, role);
        }
    }
}
