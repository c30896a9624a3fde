namespace Modular.IntegrationTests.Messaging;

/// <summary>Messaging tests share one fresh probe schema and run one after another (they count deliveries).</summary>
[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<ProbeDatabase>
{
    public const string Name = "messaging";
}
