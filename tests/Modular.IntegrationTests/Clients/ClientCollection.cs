namespace Modular.IntegrationTests.Clients;

/// <summary>The generated-client and browser tests share one host on a real port.</summary>
[CollectionDefinition(Name)]
public sealed class ClientCollection : ICollectionFixture<ClientHost>
{
    public const string Name = "clients";
}
