namespace Modular.IntegrationTests.Flows;

internal sealed record Session(Guid UserId, string AccessToken, string RefreshToken);
