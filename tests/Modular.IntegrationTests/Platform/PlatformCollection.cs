namespace Modular.IntegrationTests.Platform;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformHosts>
{
    public const string Name = "platform";
}
