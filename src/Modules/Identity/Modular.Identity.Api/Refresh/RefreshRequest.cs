namespace Modular.Identity.Api.Refresh;

public sealed record RefreshRequest(string? RefreshToken);
