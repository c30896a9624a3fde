using GraphQL.Types;

namespace Modular.Users.Api.Profiles.UpdateProfile;

/// <summary>The body of <c>PATCH /api/users/{id}</c>: an absent (or null) field stays as it is.</summary>
internal sealed class UpdateUserInputGraphType : InputObjectGraphType<UpdateProfileRequest>
{
    public UpdateUserInputGraphType()
    {
        Name = "UpdateUserInput";
        Field(request => request.Name, nullable: true).Description("1..100 characters after trimming.");
        Field(request => request.Email, nullable: true).Description("A valid address of at most 254 characters; a taken one is CONFLICT.");
    }
}
