using System.Security.Claims;
using Modular.Shared.Application.Security;

namespace Modular.Shared.Web.Authentication;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller's user id (the <c>sub</c> claim); only call behind an authorization requirement.</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        principal.TryGetUserId(out var userId)
            ? userId
            : throw new InvalidOperationException("The principal has no valid 'sub' claim; is the endpoint missing RequireAuthorization?");

    public static bool TryGetUserId(this ClaimsPrincipal principal, out Guid userId)
    {
        userId = Guid.Empty;
        return principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(JwtClaimNames.Subject), out userId);
    }

    /// <summary>The login the token was issued for (the <c>sid</c> claim); null for a token without one (issued before it existed).</summary>
    public static Guid? GetSessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(JwtClaimNames.SessionId)?.Value, out var sessionId) ? sessionId : null;

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole(Roles.Admin);
}
