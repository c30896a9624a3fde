namespace Modular.Shared.Web.Authentication;

/// <summary>Policy names for <c>RequireAuthorization</c> on module endpoints.</summary>
public static class AuthorizationPolicies
{
    /// <summary>Any authenticated account (every account has the <c>user</c> role).</summary>
    public const string User = "user";

    /// <summary>Accounts holding the <c>admin</c> role.</summary>
    public const string Admin = "admin";
}
