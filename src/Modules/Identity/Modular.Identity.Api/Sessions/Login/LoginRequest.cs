namespace Modular.Identity.Api.Sessions.Login;

/// <summary>The body of <c>POST /api/identity/login</c> as JSON may send it.</summary>
internal sealed record LoginRequest(string? Email, string? Password);
