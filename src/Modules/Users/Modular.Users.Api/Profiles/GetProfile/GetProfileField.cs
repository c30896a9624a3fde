using GraphQL;
using GraphQL.Types;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;
using Modular.Users.Api.GraphQL;
using Modular.Users.Application.Profiles;
using Modular.Users.Application.Profiles.GetProfile;

namespace Modular.Users.Api.Profiles.GetProfile;

internal static class GetProfileField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<UserGraphType, ProfileResponse>("user")
            .Description("A user's profile (the user themself or an admin), as GET /api/users/{id}. Another user's, like an unknown or deleted one, is null with NOT_FOUND.")
            .IdArgument("The user's id.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(context =>
            {
                var caller = context.Caller();
                return context.QueryAsync<GetProfileQuery, ProfileResponse>(new GetProfileQuery(context.GetId("User"), caller.GetUserId(), caller.IsAdmin()), hideForbidden: true);
            });
}
