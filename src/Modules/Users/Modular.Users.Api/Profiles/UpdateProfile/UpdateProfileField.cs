using GraphQL;
using GraphQL.Types;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;
using Modular.Users.Api.GraphQL;
using Modular.Users.Application.Profiles;
using Modular.Users.Application.Profiles.UpdateProfile;

namespace Modular.Users.Api.Profiles.UpdateProfile;

internal static class UpdateProfileField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<UserGraphType, ProfileResponse>("updateUser")
            .Description("Changes a profile's name and/or email (the user themself or an admin), as PATCH /api/users/{id}. A taken email is CONFLICT; another user's profile, like an unknown or deleted one, is null with NOT_FOUND.")
            .IdArgument("The user's id.")
            .Argument<NonNullGraphType<UpdateUserInputGraphType>>("input")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(async context =>
            {
                var id = context.GetId("User");
                var request = await context.ValidAsync(context.GetArgument<UpdateProfileRequest>("input"));
                var caller = context.Caller();
                return await context.CommandAsync<UpdateProfileCommand, ProfileResponse>(
                    new UpdateProfileCommand(id, request.Name, request.Email, caller.GetUserId(), caller.IsAdmin()),
                    hideForbidden: true);
            });
}
