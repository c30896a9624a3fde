namespace Modular.Host.UnitTests.Json;

public sealed record ContractJsonSample(DateTimeOffset CreatedAt, string DisplayName, ContractJsonStatus Status);
