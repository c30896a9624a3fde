namespace Modular.IntegrationTests.Operations;

/// <summary>Rate-limit and OpenAPI tests share one rate-limited host with the test-only endpoints.</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsApiFactory>
{
    public const string Name = "operations";
}
