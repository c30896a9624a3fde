namespace Modular.Identity.Api.Logout;

public sealed record LogoutRequest(string? RefreshToken);
