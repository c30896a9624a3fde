namespace Modular.Identity.Api.Sessions.Refresh;

/// <summary>The body of <c>POST /api/identity/refresh</c> as JSON may send it.</summary>
internal sealed record RefreshRequest(string? RefreshToken);
