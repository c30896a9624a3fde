namespace Modular.Shared.Application.Security;

/// <summary>The contract's roles, as they appear in the <c>role</c> claims of an access token.</summary>
public static class Roles
{
    public const string User = "user";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [User, Admin];
}
