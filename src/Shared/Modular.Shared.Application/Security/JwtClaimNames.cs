namespace Modular.Shared.Application.Security;

/// <summary>The claim names of the contract's access token (short JWT names; inbound claim mapping is off).</summary>
public static class JwtClaimNames
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Role = "role";
    public const string TokenId = "jti";
    public const string IssuedAt = "iat";

    /// <summary>The account's roles version when the token was issued (an integer; absent means 0): ADR 0041.</summary>
    public const string RolesVersion = "roles_version";

    /// <summary>
    /// The login (refresh-token family) the token was issued for, OpenID Connect's session id (a UUID): ending the login
    /// (logout, refresh-token reuse) refuses every access token carrying it. Absent on tokens issued before it existed.
    /// </summary>
    public const string SessionId = "sid";
}
