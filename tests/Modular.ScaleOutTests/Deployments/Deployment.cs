using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.ScaleOutTests.Clients;
using Modular.ScaleOutTests.Proxy;
using Modular.Testing.Processes;
using Npgsql;

namespace Modular.ScaleOutTests.Deployments;

/// <summary>
/// One deployment shape, shared by the tests of its collection: servers of its own (PostgreSQL, RabbitMQ, Redis), host
/// processes, nginx in front, and a seeded administrator. Its workspace (logs of every process) is kept when it fails
/// to start; <c>MODULAR_KEEP_PROCESS_FILES=1</c> keeps it always.
/// </summary>
public abstract partial class Deployment : IAsyncLifetime
{
    public const string AdminEmail = "admin@scale.test";
    public const string AdminPassword = "scale-admin-password-1";
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private BackingServices? _services;
    private NginxProxy? _proxy;
    private HttpClient? _viaProxy;

    internal BackingServices Services => _services ?? throw new InvalidOperationException("not started");

    internal NginxProxy Proxy => _proxy ?? throw new InvalidOperationException("not started");

    internal Shop ViaProxy { get; private set; } = null!;

    internal string AdminToken { get; private set; } = string.Empty;

    protected abstract string Name { get; }

    public async Task InitializeAsync()
    {
        ProcessPorts.UseDefaultRange();
        _services = await BackingServices.StartAsync(Name);
        try
        {
            var routes = await StartHostsAsync();
            _proxy = await NginxProxy.StartAsync(Services.Workspace, routes);
            _viaProxy = new HttpClient { BaseAddress = Proxy.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            ViaProxy = new Shop(_viaProxy);
            AdminToken = await ViaProxy.LoginAsync(AdminEmail, AdminPassword);
        }
        catch
        {
            Services.Workspace.Keep();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        _viaProxy?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>Starts the shape's hosts (on <see cref="Services"/>) and says which of them serve each upstream.</summary>
    internal abstract Task<ProxyRoutes> StartHostsAsync();

    /// <summary>Settings every host of the shape shares on top of the harness's (connection strings, JWT, Production).</summary>
    protected static Dictionary<string, string> Settings(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Identity__Admin__Email"] = AdminEmail,
            ["Identity__Admin__Password"] = AdminPassword,
            // nginx runs on loopback, which Http:TrustedProxies trusts by default; stated, as a deployment would.
            ["Http__TrustedProxies"] = "127.0.0.1",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    internal static Shop Direct(HostProcess host) => new(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });

    internal async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Services.Postgres.ConnectionString(Services.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    internal async Task<IReadOnlyList<string>> ModuleSchemasAsync()
    {
        await using var connection = new NpgsqlConnection(Services.Postgres.ConnectionString(Services.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('identity', 'users', 'orders', 'notifications') ORDER BY 1",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var schemas = new List<string>();
        while (await reader.ReadAsync())
        {
            schemas.Add(reader.GetString(0));
        }

        return schemas;
    }

    /// <summary>Every queue of the broker and how many consumers it has now (<c>rabbitmqctl list_queues</c>).</summary>
    internal async Task<IReadOnlyDictionary<string, int>> QueueConsumersAsync()
    {
        var output = await Services.RabbitMq.CtlAsync("list_queues", "name", "consumers", "--formatter", "json", "--quiet");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().ToDictionary(queue => queue.GetProperty("name").GetString()!, queue => queue.GetProperty("consumers").GetInt32());
    }

    /// <summary>What a host logged about migrating: module → migrations applied, one entry per "migrated" line.</summary>
    internal static IReadOnlyList<(string Module, int Applied)> Migrations(HostProcess host) =>
        [.. LogLines(host)
            .Select(line => MigratedLine().Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups["module"].Value, int.Parse(match.Groups["applied"].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>The host's output so far (its log file is still being written).</summary>
    internal static IReadOnlyList<string> LogLines(HostProcess host)
    {
        using var stream = new FileStream(host.LogFile!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [GeneratedRegex(@"Module (?<module>\w+): schema \w+ migrated \((?<applied>\d+) migration")]
    private static partial Regex MigratedLine();
}
