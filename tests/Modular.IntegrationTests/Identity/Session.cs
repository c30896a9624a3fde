using System.Text.Json;

namespace Modular.IntegrationTests.Identity;

internal sealed record Session(Guid UserId, string Email, string AccessToken, string RefreshToken)
{
    public static Session From(JsonElement login) => new(
        login.GetProperty("user").GetProperty("id").GetGuid(),
        login.GetProperty("user").GetProperty("email").GetString()!,
        login.GetProperty("accessToken").GetString()!,
        login.GetProperty("refreshToken").GetString()!);
}
