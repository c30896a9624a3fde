namespace Modular.Identity.Application.Sessions;

/// <summary>One message per failure kind, so a 401 never tells which part was wrong.</summary>
internal static class SessionErrors
{
    public const string InvalidCredentials = "Invalid email or password.";
    public const string InvalidRefreshToken = "The refresh token is invalid or expired.";
}
