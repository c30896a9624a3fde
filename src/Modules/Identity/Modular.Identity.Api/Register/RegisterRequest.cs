namespace Modular.Identity.Api.Register;

public sealed record RegisterRequest(string? Name, string? Email, string? Password);
