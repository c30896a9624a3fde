using Modular.FaultTests.Books;
using Modular.FaultTests.Load;
using Modular.Testing;
using Modular.Testing.Processes;
using Xunit.Abstractions;

namespace Modular.FaultTests.Harness;

/// <summary>
/// One fault scenario end to end: its own PostgreSQL, RabbitMQ and Redis, the built host as a process on them,
/// a seeded catalog, audit queues bound before any order, hub listeners, then the mixed load with the fault in the
/// middle of it, then the books: every invariant checked, the figures reported (test output and
/// <c>TestResults/faults/&lt;scenario&gt;.md</c>).
/// </summary>
internal sealed class FaultScenario : IAsyncDisposable
{

    private readonly ITestOutputHelper _output;
    private readonly IDisposable _slot;

    private FaultScenario(ScenarioSettings settings, ITestOutputHelper output, IDisposable slot, BackingServices services, TcpForwarder? databaseLink, TcpForwarder? redisLink, HostProcess host)
    {
        Settings = settings;
        _output = output;
        _slot = slot;
        Services = services;
        DatabaseLink = databaseLink;
        RedisLink = redisLink;
        Host = host;
        Ledger = new Ledger(services.Postgres.ConnectionString(services.Database));
        Audit = new AuditQueues(services.RabbitMq);
    }

    public ScenarioSettings Settings { get; }

    public BackingServices Services { get; }

    public HostProcess Host { get; }

    /// <summary>The forwarder between the host and PostgreSQL, when <see cref="ScenarioSettings.DatabaseThroughForwarder"/>.</summary>
    public TcpForwarder? DatabaseLink { get; }

    /// <summary>The forwarder between the host and Redis, when <see cref="ScenarioSettings.RedisThroughForwarder"/>.</summary>
    public TcpForwarder? RedisLink { get; }

    public Ledger Ledger { get; }

    public AuditQueues Audit { get; }

    public ScenarioClock Clock { get; } = new();

    /// <summary>The seeded products (set before the load starts).</summary>
    public Catalog Catalog { get; private set; } = new([]);

    /// <summary>Placements a scenario makes itself, outside the load; checked with the load's.</summary>
    public List<Placement> ExtraPlacements { get; } = [];

    /// <summary>Waits for a scenario slot, starts the servers and the host, and waits until it is ready.</summary>
    public static async Task<FaultScenario> StartAsync(ScenarioSettings settings, ITestOutputHelper output)
    {
        var slot = await ScenarioSlots.EnterAsync();
        BackingServices? services = null;
        TcpForwarder? link = null, redisLink = null;
        try
        {
            services = await BackingServices.StartAsync($"faults-{settings.Name}", new BackingServicesOptions { RabbitMqPlugins = settings.RabbitMqPlugins });
            link = settings.DatabaseThroughForwarder ? TcpForwarder.Start(services.Postgres.Port) : null;
            redisLink = settings.RedisThroughForwarder ? TcpForwarder.Start(services.Redis.Port) : null;
            var postgres = link is null ? null : services.Postgres.ConnectionString(services.Database).Replace($"Port={services.Postgres.Port}", $"Port={link.Port}", StringComparison.Ordinal);
            var hostSettings = settings.HostSettings();
            if (redisLink is not null)
            {
                hostSettings["ConnectionStrings__Redis"] = $"127.0.0.1:{redisLink.Port}";
            }

            var host = services.CreateHost("host", hostSettings, postgres);
            host.Start();
            await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            return new FaultScenario(settings, output, slot, services, link, redisLink, host);
        }
        catch
        {
            foreach (var forwarder in new[] { link, redisLink })
            {
                if (forwarder is not null)
                {
                    await forwarder.DisposeAsync();
                }
            }

            if (services is not null)
            {
                services.Workspace.Keep();
                await services.DisposeAsync();
            }

            slot.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Seeds, binds, loads: <paramref name="inject"/> is called at the end of the warm-up, must hold the fault for
    /// <see cref="ScenarioSettings.FaultSeconds"/> and return once the dependency is back. <paramref name="repair"/>
    /// runs after the load, before the books must settle (e.g. an operator's action).
    /// </summary>
    public async Task<ScenarioReport> RunAsync(Func<FaultScenario, Task<FaultWindow>> inject, Func<FaultScenario, Task<string>>? repair = null)
    {
        try
        {
            return await RunLoadAsync(inject, repair);
        }
        catch
        {
            _output.WriteLine(Host.Process?.Describe() ?? "the host never started");
            KeepFiles();
            throw;
        }
    }

    private async Task<ScenarioReport> RunLoadAsync(Func<FaultScenario, Task<FaultWindow>> inject, Func<FaultScenario, Task<string>>? repair)
    {
        using var admin = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var catalog = Catalog = await CatalogSeeder.SeedAsync(admin);
        await Audit.BindAsync();

        var log = new RequestLog(Clock);
        using var load = new MixedLoad(Host.BaseAddress, log, catalog, Settings.Users, Settings.Seed, TimeSpan.FromSeconds(30));
        await load.SignUpAsync();
        await using var hubs = HubListeners.Connect(Host.BaseAddress, load.Users);
        await Eventually.Until(() => Task.FromResult(hubs.Connected), connected => connected == Settings.Users, TimeSpan.FromSeconds(30), "every hub listener connected");

        using var probe = new ReadinessProbe(Host.BaseAddress, Clock);
        using var stopLoad = new CancellationTokenSource();
        using var stopProbe = new CancellationTokenSource();
        Clock.Restart();
        var probing = probe.RunAsync(stopProbe.Token);
        var loadStartedAt = Clock.Now;
        var running = load.RunAsync(Settings.Period, stopLoad.Token);

        await Clock.ReachAsync(Settings.WarmUpSeconds);
        var window = await inject(this);
        await Clock.ReachAsync(window.End + Settings.AfterSeconds);
        await stopLoad.CancelAsync();
        await running;
        var loadSeconds = Clock.Now - loadStartedAt;
        await stopProbe.CancelAsync();
        await probing;

        var notes = repair is null ? string.Empty : await repair(this);
        var books = await Settlement.WaitAsync(Ledger, Audit, _output);
        var parked = await Audit.CountAsync("notifications.notify-order-status-changed_error");
        var audited = await Audit.DrainAsync();
        var placements = load.Placements.Concat(ExtraPlacements).ToList();
        var cancelled = placements.Where(placement => placement.Cancelled).Select(placement => placement.OrderId!.Value).ToList();
        var report = Invariants.Evaluate(
            new ScenarioEvidence(Settings, window, loadSeconds, log.Records, placements, cancelled, catalog, books, audited, probe.Samples, hubs.Pushes, parked, await HostLogAsync()),
            notes);
        ReportWriter.Publish(report, _output);
        if (!report.Passed)
        {
            KeepFiles();
        }

        return report;
    }

    /// <summary>The host's log lines so far (JSON, one per line); none when it wrote no file.</summary>
    private async Task<IReadOnlyList<string>> HostLogAsync() =>
        Host.LogFile is { } file && File.Exists(file) ? await File.ReadAllLinesAsync(file) : [];

    public async ValueTask DisposeAsync()
    {
        foreach (var forwarder in new[] { DatabaseLink, RedisLink })
        {
            if (forwarder is not null)
            {
                await forwarder.DisposeAsync();
            }
        }

        await Services.DisposeAsync();
        _slot.Dispose();
    }

    /// <summary>Keeps the servers' and host's logs (and data) for a look after a failure; says where they are.</summary>
    public void KeepFiles()
    {
        Services.Workspace.Keep();
        _output.WriteLine($"logs and data kept in {Services.Workspace.Root}");
    }
}
