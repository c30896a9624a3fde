namespace Modular.Identity.Application.Abstractions;

public sealed record IssuedAccessToken(string Value, int ExpiresInSeconds);
