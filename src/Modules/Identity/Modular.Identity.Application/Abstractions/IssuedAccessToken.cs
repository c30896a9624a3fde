namespace Modular.Identity.Application.Abstractions;

internal sealed record IssuedAccessToken(string Value, int ExpiresInSeconds);
