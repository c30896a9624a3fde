using Modular.Testing.Processes;

namespace Modular.ScaleOutTests.Proxy;

/// <summary>
/// Which host processes stand behind each upstream of <c>deploy/nginx/modular.conf</c>: one per module, plus the
/// default upstream for paths of no module (OpenAPI, GraphQL, health, unknown paths).
/// </summary>
internal sealed record ProxyRoutes(
    IReadOnlyList<HostProcess> Identity,
    IReadOnlyList<HostProcess> Users,
    IReadOnlyList<HostProcess> Orders,
    IReadOnlyList<HostProcess> Notifications,
    IReadOnlyList<HostProcess> Default)
{
    public IEnumerable<(string Upstream, IReadOnlyList<HostProcess> Hosts)> Upstreams =>
    [
        ("identity", Identity),
        ("users", Users),
        ("orders", Orders),
        ("notifications", Notifications),
        ("default", Default),
    ];
}
