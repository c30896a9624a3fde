namespace Modular.IntegrationTests.Support;

/// <summary>Test classes of this collection share one running host (starting one takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ModularApiFactory>
{
    public const string Name = "api";
}
