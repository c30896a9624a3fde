namespace Modular.Identity.Api.Accounts.Register;

/// <summary>The body of <c>POST /api/identity/register</c> as JSON may send it; <see cref="RegisterRequestValidator"/> requires every field.</summary>
internal sealed record RegisterRequest(string? Name, string? Email, string? Password);
