namespace Modular.Users.Application.Profiles;

/// <summary>A user reaches only their own profile; an admin reaches every profile.</summary>
internal static class ProfileAccess
{
    public static bool Allows(Guid callerId, bool callerIsAdmin, Guid profileId) => callerIsAdmin || callerId == profileId;
}
