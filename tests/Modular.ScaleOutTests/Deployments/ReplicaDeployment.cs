using Modular.ScaleOutTests.Proxy;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests.Deployments;

/// <summary>
/// The replicas shape: two full instances (every module) started at the same moment on an empty database,
/// both migrating and seeding the administrator on start, behind nginx; the contract's default rate limits.
/// </summary>
public sealed class ReplicaDeployment : Deployment
{
    internal HostProcess A { get; private set; } = null!;

    internal HostProcess B { get; private set; } = null!;

    internal IReadOnlyList<HostProcess> Instances => [A, B];

    protected override string Name => "replicas";

    internal override async Task<ProxyRoutes> StartHostsAsync()
    {
        A = Services.CreateHost("full-a", Settings());
        B = Services.CreateHost("full-b", Settings());
        A.Start();
        B.Start();
        await Task.WhenAll(A.WaitUntilReadyAsync(StartTimeout), B.WaitUntilReadyAsync(StartTimeout));
        return new ProxyRoutes(Instances, Instances, Instances, Instances, Instances);
    }
}
