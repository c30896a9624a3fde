using Modular.ScaleOutTests.Proxy;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests.Deployments;

/// <summary>
/// The split shape: Identity and Users in one process, Orders and Notifications in two instances, and an
/// API-only gateway running every module (no queue consumed) for the paths of no module (GraphQL, the OpenAPI
/// document), behind nginx as <c>deploy/nginx/split</c> routes them. The Identity/Users schemas are migrated by the <c>migrate</c> command of that process before it starts (with
/// migrations on start off); the two Orders instances migrate their own schemas on start, together.
/// </summary>
public sealed class SplitDeployment : Deployment
{
    /// <summary>Long enough for a test to delete a user while its orders are still pending.</summary>
    public const int PaymentDelayMilliseconds = 6000;

    internal HostProcess IdentityUsers { get; private set; } = null!;

    internal HostProcess OrdersA { get; private set; } = null!;

    internal HostProcess OrdersB { get; private set; } = null!;

    internal HostProcess Gateway { get; private set; } = null!;

    internal IReadOnlyList<HostProcess> OrdersInstances => [OrdersA, OrdersB];

    /// <summary>The module schemas that existed right after the migrate command, before any host started.</summary>
    internal IReadOnlyList<string> SchemasAfterMigrateCommand { get; private set; } = [];

    protected override string Name => "split";

    internal override async Task<ProxyRoutes> StartHostsAsync()
    {
        var identityUsers = Settings(("Modules__Enabled", "Identity,Users"), ("Database__MigrateOnStartup", "false"));
        await MigrateAsync(identityUsers);
        SchemasAfterMigrateCommand = await ModuleSchemasAsync();

        var orders = Settings(
            ("Modules__Enabled", "Orders,Notifications"),
            ("Orders__PaymentDelayMilliseconds", PaymentDelayMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The flows of this shape send more than the default budget per client; the replicas shape tests the limits.
        var flows = new Dictionary<string, string> { ["RateLimiting__Api__PermitLimit"] = "100000" };
        IdentityUsers = Services.CreateHost("identity-users", Merge(identityUsers, flows));
        OrdersA = Services.CreateHost("orders-a", Merge(orders, flows));
        OrdersB = Services.CreateHost("orders-b", Merge(orders, flows));
        Gateway = Services.CreateHost("gateway", Merge(Settings(("Messaging__ConsumeEvents", "false"), ("Database__MigrateOnStartup", "false")), flows));
        HostProcess[] hosts = [IdentityUsers, OrdersA, OrdersB, Gateway];
        foreach (var host in hosts)
        {
            host.Start();
        }

        await Task.WhenAll(hosts.Select(host => host.WaitUntilReadyAsync(StartTimeout)));
        return new ProxyRoutes(
            Identity: [IdentityUsers],
            Users: [IdentityUsers],
            Orders: OrdersInstances,
            Notifications: OrdersInstances,
            Default: [Gateway]);
    }

    /// <summary><c>Modular.Host migrate</c> with <paramref name="settings"/>, as a release step runs it.</summary>
    private async Task MigrateAsync(IReadOnlyDictionary<string, string> settings)
    {
        var environment = Services.HostSettings().Concat(settings).GroupBy(setting => setting.Key)
            .ToDictionary(group => group.Key, group => (string?)group.Last().Value);
        await ShortCommand.RunAsync("dotnet", [HostBuild.AssemblyPath, "migrate"], StartTimeout, environment, HostBuild.Directory);
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        first.Concat(second).ToDictionary(setting => setting.Key, setting => setting.Value);
}
