namespace Modular.Identity.Api.Sessions.Logout;

/// <summary>The body of <c>POST /api/identity/logout</c> as JSON may send it.</summary>
internal sealed record LogoutRequest(string? RefreshToken);
