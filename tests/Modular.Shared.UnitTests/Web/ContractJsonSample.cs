namespace Modular.Shared.UnitTests.Web;

public sealed record ContractJsonSample(DateTimeOffset CreatedAt, string DisplayName, ContractJsonStatus Status);
