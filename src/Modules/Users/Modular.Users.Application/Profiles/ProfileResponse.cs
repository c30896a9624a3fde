using System.ComponentModel.DataAnnotations;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Application.Profiles;

/// <summary>The contract's profile: <c>{id, name, email, createdAt, updatedAt}</c>.</summary>
internal sealed record ProfileResponse(Guid Id, string Name, [property: EmailAddress] string Email, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProfileResponse From(UserProfile profile) =>
        new(profile.Id, profile.Name, profile.Email, profile.CreatedAt, profile.UpdatedAt);
}
