using GraphQL.Types;
using Modular.Identity.Api.Accounts.ChangeRoles;
using Modular.Identity.Api.Accounts.GetMe;
using Modular.Identity.Api.Accounts.Register;
using Modular.Identity.Api.Sessions.Login;
using Modular.Identity.Api.Sessions.Logout;
using Modular.Identity.Api.Sessions.Refresh;
using Modular.Shared.Web.GraphQL;

namespace Modular.Identity.Api.GraphQL;

/// <summary>The Identity module's part of the GraphQL schema: the same use cases as its REST endpoints.</summary>
internal sealed class IdentityGraphQL : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query) => GetMeField.Add(query);

    public void AddMutations(ObjectGraphType mutation)
    {
        RegisterField.Add(mutation);
        LoginField.Add(mutation);
        RefreshField.Add(mutation);
        LogoutField.Add(mutation);
        ChangeRolesField.Add(mutation);
    }
}
