using GraphQL.Types;
using Modular.Shared.Web.GraphQL;
using Modular.Users.Application.Profiles;

namespace Modular.Users.Api.GraphQL;

/// <summary>A user's profile as REST answers it: <c>{id, name, email, createdAt, updatedAt}</c>.</summary>
internal sealed class UserGraphType : ObjectGraphType<ProfileResponse>
{
    public UserGraphType()
    {
        Name = "User";
        Field(profile => profile.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(profile => profile.Name);
        Field(profile => profile.Email);
        Field(profile => profile.CreatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
        Field(profile => profile.UpdatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
    }
}
