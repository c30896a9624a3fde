namespace Modular.ScaleOutTests.Deployments;

/// <summary>The tests of the split shape share its processes; the shapes run side by side.</summary>
[CollectionDefinition(Name)]
public sealed class SplitCollection : ICollectionFixture<SplitDeployment>
{
    public const string Name = "split deployment";
}
