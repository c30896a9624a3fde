using GraphQL.Types;
using Modular.Shared.Web.GraphQL;
using Modular.Users.Api.Profiles.DeleteProfile;
using Modular.Users.Api.Profiles.GetProfile;
using Modular.Users.Api.Profiles.ListProfiles;
using Modular.Users.Api.Profiles.UpdateProfile;

namespace Modular.Users.Api.GraphQL;

/// <summary>The Users module's part of the GraphQL schema: the same use cases as its REST endpoints.</summary>
internal sealed class UsersGraphQL : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query)
    {
        GetProfileField.Add(query);
        ListProfilesField.Add(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        UpdateProfileField.Add(mutation);
        DeleteProfileField.Add(mutation);
    }
}
