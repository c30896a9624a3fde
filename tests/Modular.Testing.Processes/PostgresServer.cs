using System.Globalization;
using Npgsql;

namespace Modular.Testing.Processes;

/// <summary>
/// A PostgreSQL server of the test's own: a fresh cluster (initdb) in the workspace, TCP on 127.0.0.1 only, no
/// Unix socket, durability traded for speed (fsync off). As root both run as the <c>postgres</c> user (initdb refuses
/// root), the server through <c>setpriv</c> so that the process the test signals is the postmaster itself.
/// Superuser <see cref="User"/> / <see cref="Password"/>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string User = "modular";
    public const string Password = "modular";
    private const string ServiceUser = "postgres";

    private readonly ProcessWorkspace _workspace;
    private readonly PortLease _port;
    private readonly string _binaries;
    private readonly string _data;
    private ChildProcess? _process;
    private int _starts;

    private PostgresServer(ProcessWorkspace workspace, PortLease port, string binaries, string data)
    {
        _workspace = workspace;
        _port = port;
        _binaries = binaries;
        _data = data;
    }

    public int Port => _port.Port;

    public bool IsRunning => _process is { HasExited: false };

    public ChildProcess? Process => _process;

    /// <summary>initdb, then start and wait until it accepts connections.</summary>
    public static async Task<PostgresServer> StartAsync(ProcessWorkspace workspace, string name = "postgres")
    {
        var binaries = Environment.GetEnvironmentVariable("MODULAR_PG_BIN") is { Length: > 0 } configured ? configured : "/usr/lib/postgresql/15/bin";
        var folder = workspace.Folder(name);
        var data = Path.Combine(folder, "data");
        var passwordFile = Path.Combine(folder, "password");
        await File.WriteAllTextAsync(passwordFile, Password);
        if (ShortCommand.IsRoot)
        {
            await ShortCommand.RunAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", folder], TimeSpan.FromSeconds(10));
        }

        await AsServiceUserAsync(
            Path.Combine(binaries, "initdb"),
            ["-D", data, "-U", User, $"--pwfile={passwordFile}", "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        var server = new PostgresServer(workspace, LoopbackPorts.Lease(), binaries, data);
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database, string? extra = null) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username={User};Password={Password}{(extra is null ? string.Empty : ";" + extra)}";

    /// <summary>Starts the server again (after a stop or a kill) on the same port and data, and waits until it answers.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            return;
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        var postgres = Path.Combine(_binaries, "postgres");
        string[] arguments =
        [
            "-D", _data, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            "-c", "max_connections=200", "-c", "shared_buffers=32MB",
            // No fsync (a machine crash is not a scenario here), but a commit's WAL reaches the OS before it answers: a
            // killed server loses nothing it acknowledged, which the fault scenarios assert.
            "-c", "fsync=off", "-c", "synchronous_commit=on", "-c", "full_page_writes=off",
            "-c", "log_min_messages=warning", "-c", "log_line_prefix=%m [%p] ",
        ];
        _starts++;
        _process = ShortCommand.IsRoot
            ? ChildProcess.Start($"postgres:{Port}", "setpriv", ["--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "--", postgres, .. arguments], NoEnvironment, _workspace.LogFile($"postgres-{Port}"))
            : ChildProcess.Start($"postgres:{Port}", postgres, arguments, NoEnvironment, _workspace.LogFile($"postgres-{Port}"));
        await WaitUntilAcceptingAsync(timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Stops the server: <see cref="UnixSignal.Interrupt"/> is PostgreSQL's fast shutdown (sessions rolled back and
    /// disconnected), <see cref="UnixSignal.Terminate"/> smart, <see cref="UnixSignal.Quit"/> immediate,
    /// <see cref="UnixSignal.Kill"/> a crash.
    /// </summary>
    public async Task StopAsync(UnixSignal signal = UnixSignal.Interrupt)
    {
        if (_process is not null)
        {
            await _process.StopAsync(signal, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>Creates a database owned by <see cref="User"/>.</summary>
    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", "Pooling=false"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            // Immediate shutdown: its backends exit with it instead of lingering as orphans.
            await _process.StopAsync(UnixSignal.Quit, TimeSpan.FromSeconds(10));
            await _process.DisposeAsync();
        }

        _port.Dispose();
    }

    public override string ToString() => $"PostgreSQL on 127.0.0.1:{Port} (started {_starts}x)";

    private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

    private static Task<string> AsServiceUserAsync(string fileName, string[] arguments) =>
        ShortCommand.IsRoot
            ? ShortCommand.RunAsync("runuser", ["-u", ServiceUser, "--", fileName, .. arguments], TimeSpan.FromSeconds(120))
            : ShortCommand.RunAsync(fileName, arguments, TimeSpan.FromSeconds(120));

    private async Task WaitUntilAcceptingAsync(TimeSpan timeout)
    {
        var connectionString = ConnectionString("postgres", "Pooling=false;Timeout=2");
        await StartupWait.UntilReadyAsync(_process, $"PostgreSQL on port {Port}", timeout, async () =>
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                return null;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                return exception.Message;
            }
        });
    }
}
