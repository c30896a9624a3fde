namespace Modular.ScaleOutTests.Deployments;

/// <summary>The tests of the replicas shape share its processes; the shapes run side by side.</summary>
[CollectionDefinition(Name)]
public sealed class ReplicaCollection : ICollectionFixture<ReplicaDeployment>
{
    public const string Name = "replica deployment";
}
