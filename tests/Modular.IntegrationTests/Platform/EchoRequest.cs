namespace Modular.IntegrationTests.Platform;

public sealed record EchoRequest(string Name, IReadOnlyList<string>? Tags);
