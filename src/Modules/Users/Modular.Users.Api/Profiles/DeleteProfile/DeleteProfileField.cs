using GraphQL;
using GraphQL.Types;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;
using Modular.Users.Application.Profiles.DeleteProfile;

namespace Modular.Users.Api.Profiles.DeleteProfile;

internal static class DeleteProfileField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<BooleanGraphType, bool>("deleteUser")
            .Description("Deletes a user (the user themself or an admin), as DELETE /api/users/{id} (204): the account is disabled and the email released. Answers true; another user's, like an unknown or deleted one, is null with NOT_FOUND.")
            .IdArgument("The user's id.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await context.CommandAsync<DeleteProfileCommand, Unit>(new DeleteProfileCommand(context.GetId("User"), caller.GetUserId(), caller.IsAdmin()), hideForbidden: true);
                return true;
            });
}
