namespace Modular.Users.Api.Profiles.UpdateProfile;

/// <summary>The fields a PATCH may change; an absent (or null) field stays as it is. Any other field is a 400.</summary>
internal sealed record UpdateProfileRequest(string? Name, string? Email);
