namespace Modular.Testing.Processes;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis of one test, started together in one <see cref="ProcessWorkspace"/>, and the hosts
/// that run on them: any number, each with its own settings on top of <see cref="HostSettings"/> (e.g. its own
/// <c>Modules__Enabled</c>). Disposing stops every host, then the servers, then deletes the workspace.
/// </summary>
public sealed class BackingServices : IAsyncDisposable
{
    /// <summary>The signing key every host of a test shares, so that a token of one is valid on all.</summary>
    public const string JwtSigningKey = "process-tests-signing-key-0123456789abcdefghijklmn";
    public const string JwtIssuer = "modular-process-tests";
    public const string JwtAudience = "modular-process-tests-api";

    private readonly List<HostProcess> _hosts = [];

    private BackingServices(ProcessWorkspace workspace, PostgresServer postgres, RabbitMqServer rabbitMq, RedisServer redis, string database)
    {
        Workspace = workspace;
        Postgres = postgres;
        RabbitMq = rabbitMq;
        Redis = redis;
        Database = database;
    }

    public ProcessWorkspace Workspace { get; }

    public PostgresServer Postgres { get; }

    public RabbitMqServer RabbitMq { get; }

    public RedisServer Redis { get; }

    public string Database { get; }

    public IReadOnlyList<HostProcess> Hosts => _hosts;

    /// <summary>Starts the three servers at once in a new workspace named <paramref name="name"/> and creates the database.</summary>
    public static async Task<BackingServices> StartAsync(string name, BackingServicesOptions? options = null)
    {
        options ??= new BackingServicesOptions();
        var workspace = ProcessWorkspace.Create(name);
        var postgres = PostgresServer.StartAsync(workspace);
        var rabbitMq = RabbitMqServer.StartAsync(workspace, options.RabbitMqPlugins);
        var redis = RedisServer.StartAsync(workspace);
        try
        {
            await Task.WhenAll(postgres, rabbitMq, redis);
            await postgres.Result.CreateDatabaseAsync(options.Database);
        }
        catch
        {
            workspace.Keep();
            // WhenAll returns once all three ended: stop the ones that did start, keep the logs of the one that did not.
            await DisposeIfStartedAsync(postgres);
            await DisposeIfStartedAsync(rabbitMq);
            await DisposeIfStartedAsync(redis);
            throw;
        }

        return new BackingServices(workspace, postgres.Result, rabbitMq.Result, redis.Result, options.Database);
    }

    private static async Task DisposeIfStartedAsync<T>(Task<T> server)
        where T : IAsyncDisposable
    {
        if (server.IsCompletedSuccessfully)
        {
            await server.Result.DisposeAsync();
        }
    }

    /// <summary>
    /// The environment of a host on these servers: Production, connection strings, JWT settings, migrations on start.
    /// <paramref name="postgresConnectionString"/> replaces the direct one, e.g. to go through a <see cref="TcpForwarder"/>.
    /// </summary>
    public Dictionary<string, string> HostSettings(string? postgresConnectionString = null) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Postgres"] = postgresConnectionString ?? Postgres.ConnectionString(Database),
        ["ConnectionStrings__RabbitMq"] = RabbitMq.AmqpUri,
        ["ConnectionStrings__Redis"] = Redis.ConnectionString,
        ["Jwt__SigningKey"] = JwtSigningKey,
        ["Jwt__Issuer"] = JwtIssuer,
        ["Jwt__Audience"] = JwtAudience,
        ["Database__MigrateOnStartup"] = "true",
    };

    /// <summary>A host on <see cref="HostSettings"/> plus <paramref name="overrides"/>; not started yet.</summary>
    public HostProcess CreateHost(string name, IReadOnlyDictionary<string, string>? overrides = null, string? postgresConnectionString = null)
    {
        var settings = HostSettings(postgresConnectionString);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var host = HostProcess.Create(name, Workspace, settings);
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Redis.DisposeAsync();
        await RabbitMq.DisposeAsync();
        await Postgres.DisposeAsync();
        Workspace.Dispose();
    }
}
